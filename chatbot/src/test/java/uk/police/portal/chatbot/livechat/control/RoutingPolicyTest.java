package uk.police.portal.chatbot.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.chatbot.livechat.entity.ChatQueue.GENERAL;
import static uk.police.portal.chatbot.livechat.entity.ChatQueue.PUBLIC_PROTECTION;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.livechat.entity.Assignment;
import uk.police.portal.chatbot.livechat.entity.AvailableHandler;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.livechat.entity.WaitingChat;

class RoutingPolicyTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
  private static final int EMERGENCY = 0;
  private static final int HIGH_RISK = 1;
  private static final int STANDARD = 2;

  private static WaitingChat chat(String id, ChatQueue queue, int rank, int minute) {
    return new WaitingChat(id, queue, rank, T0.plusSeconds(60L * minute), null);
  }

  private static AvailableHandler handler(
      String name, int active, int limit, int idleMinute, ChatQueue... skills) {
    return new AvailableHandler(
        name, Set.of(skills), active, limit, T0.plusSeconds(60L * idleMinute));
  }

  private static String next(List<WaitingChat> chats, List<AvailableHandler> handlers) {
    return RoutingPolicy.next(chats, handlers)
        .map(a -> a.chat().id() + "->" + a.handler().username())
        .orElse("nothing");
  }

  @Test
  void anEmergencyCreatedLastIsTakenFirst() {
    var chats =
        List.of(
            chat("old", GENERAL, STANDARD, 1),
            chat("risky", GENERAL, HIGH_RISK, 2),
            chat("urgent", GENERAL, EMERGENCY, 3));
    assertThat(next(chats, List.of(handler("hannah", 0, 4, 0, GENERAL))))
        .isEqualTo("urgent->hannah");
  }

  @Test
  void withinAPriorityTheLongestWaitingGoesFirst() {
    var chats = List.of(chat("second", GENERAL, STANDARD, 5), chat("first", GENERAL, STANDARD, 2));
    assertThat(next(chats, List.of(handler("hannah", 0, 4, 0, GENERAL))))
        .isEqualTo("first->hannah");
  }

  @Test
  void aChatNobodyCanTakeDoesNotHoldUpTheOthers() {
    var chats =
        List.of(chat("abuse", PUBLIC_PROTECTION, EMERGENCY, 0), chat("bike", GENERAL, STANDARD, 9));
    assertThat(next(chats, List.of(handler("harry", 0, 4, 0, GENERAL)))).isEqualTo("bike->harry");
  }

  @Test
  void aDomesticAbuseChatGoesOnlyToAPublicProtectionHandlerEvenIfBusier() {
    var chats = List.of(chat("abuse", PUBLIC_PROTECTION, HIGH_RISK, 0));
    var handlers =
        List.of(
            handler("harry", 0, 4, 0, GENERAL),
            handler("hannah", 3, 4, 5, GENERAL, PUBLIC_PROTECTION));
    assertThat(next(chats, handlers)).isEqualTo("abuse->hannah");
  }

  @Test
  void theHandlerWithFewestChatsTakesItThenTheLongestIdle() {
    var chats = List.of(chat("c", GENERAL, STANDARD, 0));
    assertThat(
            next(
                chats,
                List.of(
                    handler("busy", 2, 4, 0, GENERAL),
                    handler("fresh", 1, 4, 30, GENERAL),
                    handler("idle", 1, 4, 10, GENERAL))))
        .as("one chat each: the one idle since minute 10 beats minute 30; two chats loses")
        .isEqualTo("c->idle");
  }

  @Test
  void aFullHandlerIsNeverChosen() {
    var chats = List.of(chat("c", GENERAL, STANDARD, 0));
    assertThat(next(chats, List.of(handler("full", 4, 4, 0, GENERAL)))).isEqualTo("nothing");
    assertThat(next(chats, List.of(handler("over", 5, 4, 0, GENERAL)))).isEqualTo("nothing");
  }

  @Test
  void thePassedOverHandlerGetsItOnlyWhenNobodyElseCan() {
    WaitingChat unanswered = new WaitingChat("c", GENERAL, STANDARD, T0, "hannah");
    AvailableHandler hannah = handler("hannah", 0, 4, 0, GENERAL);
    AvailableHandler harry = handler("harry", 3, 4, 50, GENERAL);
    assertThat(next(List.of(unanswered), List.of(hannah, harry)))
        .as("harry has more chats but hannah let it go unanswered")
        .isEqualTo("c->harry");
    assertThat(next(List.of(unanswered), List.of(hannah, handler("harry", 4, 4, 50, GENERAL))))
        .as("harry is full: back to hannah rather than leave it waiting")
        .isEqualTo("c->hannah");
    assertThat(next(List.of(unanswered), List.of(hannah))).isEqualTo("c->hannah");
  }

  @Test
  void aHandlerWithBothSkillsTakesTheHighestPriorityAcrossQueues() {
    var chats =
        List.of(
            chat("general-old", GENERAL, STANDARD, 0),
            chat("abuse-new", PUBLIC_PROTECTION, HIGH_RISK, 10));
    assertThat(next(chats, List.of(handler("hannah", 0, 4, 0, GENERAL, PUBLIC_PROTECTION))))
        .isEqualTo("abuse-new->hannah");
  }

  @Test
  void aHandlerWithBothSkillsTakesTheLongestWaitingAcrossQueuesAtEqualPriority() {
    var chats =
        List.of(
            chat("general-new", GENERAL, HIGH_RISK, 7),
            chat("abuse-old", PUBLIC_PROTECTION, HIGH_RISK, 3));
    assertThat(next(chats, List.of(handler("hannah", 0, 4, 0, GENERAL, PUBLIC_PROTECTION))))
        .isEqualTo("abuse-old->hannah");
  }

  @Test
  void aReturnedChatGoesAheadOfItsPriorityButNotAheadOfAHigherOne() {
    WaitingChat returned = new WaitingChat("returned", GENERAL, STANDARD, T0.minusSeconds(1), null);
    var handlers = List.of(handler("hannah", 0, 4, 0, GENERAL));
    assertThat(next(List.of(chat("waiting", GENERAL, STANDARD, 0), returned), handlers))
        .isEqualTo("returned->hannah");
    assertThat(next(List.of(chat("risky", GENERAL, HIGH_RISK, 9), returned), handlers))
        .isEqualTo("risky->hannah");
  }

  @Test
  void nothingToDoWithNoChatsOrNoHandlers() {
    assertThat(next(List.of(), List.of(handler("hannah", 0, 4, 0, GENERAL)))).isEqualTo("nothing");
    assertThat(next(List.of(chat("c", GENERAL, STANDARD, 0)), List.of())).isEqualTo("nothing");
  }

  @Test
  void aHandlerWithLimitFourAndSixWaitingTakesTheFourLongestWaiting() {
    var chats =
        IntStream.rangeClosed(1, 6).mapToObj(i -> chat("c" + i, GENERAL, STANDARD, i)).toList();
    List<Assignment> plan =
        RoutingPolicy.plan(
            chats, List.of(handler("hannah", 0, 4, 0, GENERAL)), T0.plusSeconds(600));
    assertThat(plan).extracting(a -> a.chat().id()).containsExactly("c1", "c2", "c3", "c4");
  }

  @Test
  void thirtyChatsAndThreeHandlersOfFourFillTwelveSlotsEvenly() {
    var chats = IntStream.range(0, 30).mapToObj(i -> chat("c" + i, GENERAL, i % 3, i)).toList();
    var handlers =
        List.of(
            handler("hannah", 0, 4, 2, GENERAL),
            handler("harry", 0, 4, 1, GENERAL),
            handler("sam", 0, 4, 3, GENERAL));
    List<Assignment> plan = RoutingPolicy.plan(chats, handlers, T0.plusSeconds(3600));

    assertThat(plan).hasSize(12);
    assertThat(plan).extracting(a -> a.chat().id()).doesNotHaveDuplicates();
    Map<String, Long> perHandler =
        plan.stream()
            .collect(Collectors.groupingBy(a -> a.handler().username(), Collectors.counting()));
    assertThat(perHandler)
        .containsOnly(Map.entry("hannah", 4L), Map.entry("harry", 4L), Map.entry("sam", 4L));
    assertThat(plan.get(0).handler().username()).as("idle longest").isEqualTo("harry");
    assertThat(plan.subList(0, 10)).allSatisfy(a -> assertThat(a.chat().priorityRank()).isZero());
  }
}

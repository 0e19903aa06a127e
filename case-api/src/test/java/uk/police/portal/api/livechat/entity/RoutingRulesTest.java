package uk.police.portal.api.livechat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.triage.entity.Priority;

/** The rules routing leans on, as the chat and the handler guard them. */
class RoutingRulesTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC);

  private static ChatHandler handler(String name, int limit) {
    ChatHandler handler =
        new ChatHandler(name, "Hannah", limit, EnumSet.allOf(ChatQueue.class), T0);
    handler.changeAvailability(Availability.AVAILABLE, T0);
    return handler;
  }

  private static Chat waiting(ChatQueue queue, Priority priority, OffsetDateTime at) {
    Chat chat = Chat.start("0".repeat(64), null, null, "en", at);
    chat.handOver("{}", queue, priority, "en", at);
    return chat;
  }

  @Test
  void aWaitingChatShowsTheRouterItsQueuePriorityAndOrder() {
    Chat chat = waiting(ChatQueue.PUBLIC_PROTECTION, Priority.HIGH_RISK, T0);
    var seen = chat.asWaiting();
    assertThat(seen.queue()).isEqualTo(ChatQueue.PUBLIC_PROTECTION);
    assertThat(seen.priorityRank()).isEqualTo(1);
    assertThat(seen.queueOrder()).isEqualTo(T0.toInstant());
    assertThat(seen.passedOverBy()).isNull();
  }

  @Test
  void aChatNotWaitingIsNotOfferedToTheRouter() {
    Chat chat = Chat.start("0".repeat(64), null, null, "en", T0);
    assertThatThrownBy(chat::asWaiting).isInstanceOf(ConflictException.class);
  }

  @Test
  void aHandlerShowsTheRouterTheirRoomAndSkills() {
    ChatHandler hannah = handler("hannah", 2);
    waiting(ChatQueue.GENERAL, Priority.STANDARD, T0)
        .assignTo(hannah, T0.plusMinutes(1), Duration.ofMinutes(2));
    var seen = hannah.asAvailable();
    assertThat(seen.activeChats()).isEqualTo(1);
    assertThat(seen.chatLimit()).isEqualTo(2);
    assertThat(seen.skills()).isEqualTo(Set.of(ChatQueue.GENERAL, ChatQueue.PUBLIC_PROTECTION));
    assertThat(seen.idleSince()).isEqualTo(T0.plusMinutes(1).toInstant());
  }

  @Test
  void aHandOnToAQueueMarksTheHandlerPassedOverAndFreesTheirSlot() {
    ChatHandler hannah = handler("hannah", 4);
    Chat chat = waiting(ChatQueue.GENERAL, Priority.STANDARD, T0);
    chat.assignTo(hannah, T0, Duration.ofMinutes(2));

    chat.passOn(ChatQueue.PUBLIC_PROTECTION, hannah, T0.minusSeconds(1));

    assertThat(chat.state()).isEqualTo(ChatState.WAITING);
    assertThat(chat.queue()).contains(ChatQueue.PUBLIC_PROTECTION);
    assertThat(chat.passedOverBy()).isEqualTo("hannah");
    assertThat(chat.queueOrder()).isEqualTo(T0.minusSeconds(1));
    assertThat(hannah.activeChats()).isZero();
  }

  @Test
  void aSupervisorMovingAWaitingChatPassesNobodyOver() {
    Chat chat = waiting(ChatQueue.GENERAL, Priority.STANDARD, T0);
    chat.passOn(ChatQueue.PUBLIC_PROTECTION, null, T0.minusSeconds(1));
    assertThat(chat.passedOverBy()).isNull();
    assertThat(chat.queue()).contains(ChatQueue.PUBLIC_PROTECTION);
  }

  @Test
  void aDisconnectedHandlerIsAwayButNotSeen() {
    ChatHandler hannah = handler("hannah", 4);
    hannah.disconnected(T0.plusMinutes(5));
    assertThat(hannah.availability()).isEqualTo(Availability.AWAY);
    assertThat(hannah.availabilitySince()).isEqualTo(T0.plusMinutes(5));
    assertThat(hannah.lastSeenAt()).isEqualTo(T0);
    assertThat(hannah.hasRoom()).isFalse();

    hannah.disconnected(T0.plusMinutes(9));
    assertThat(hannah.availabilitySince()).as("already away").isEqualTo(T0.plusMinutes(5));
  }

  @Test
  void aHandlerNeverTakesAboveTheirLimit() {
    ChatHandler hannah = handler("hannah", 1);
    waiting(ChatQueue.GENERAL, Priority.STANDARD, T0).assignTo(hannah, T0, Duration.ofMinutes(2));
    Chat second = waiting(ChatQueue.GENERAL, Priority.STANDARD, T0);
    assertThat(hannah.hasRoom()).isFalse();
    assertThatThrownBy(() -> second.assignTo(hannah, T0, Duration.ofMinutes(2)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Hannah has no free chat slot.");
    assertThat(second.state()).isEqualTo(ChatState.WAITING);
  }
}

package uk.police.portal.api.livechat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ChatDesk.availability;
import static uk.police.portal.api.testsupport.ChatDesk.chatIdsOf;
import static uk.police.portal.api.testsupport.ChatDesk.setLimit;
import static uk.police.portal.api.testsupport.ChatDesk.waitingIn;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.api.testsupport.CaseApiWar;
import uk.police.portal.api.testsupport.ChatDesk;
import uk.police.portal.api.testsupport.HandlerConsole;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;
import uk.police.portal.api.testsupport.LiveChats;
import uk.police.portal.api.testsupport.LiveChats.Chat;
import uk.police.portal.api.testsupport.LiveChats.Script;
import uk.police.portal.api.testsupport.Poll;
import uk.police.portal.api.testsupport.Tokens;

/**
 * Routing through the real WAR, database and Keycloak, with short timings (the "chat-routing"
 * container: sweep every 0.5 s, disconnect and away grace 3 s, answer within 8 s). Chats are made
 * as citizens make them (the bot conversation to its hand-over); handlers hold a console stream as
 * their browser would, and greet each chat they are given unless a test says not to. Each test
 * starts from {@link ChatDesk#reset}: nothing waiting, hannah and harry away with limit 4.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatRoutingIT {

  @Deployment(testable = false)
  @TargetsContainer("chat-routing")
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  private final List<HandlerConsole> consoles = new ArrayList<>();

  @BeforeEach
  void nothingWaitingAndBothHandlersAway() {
    ChatDesk.reset(api);
  }

  @AfterEach
  void consolesClosed() {
    consoles.forEach(HandlerConsole::close);
  }

  private HandlerConsole console(String handler) {
    HandlerConsole console = HandlerConsole.open(api, handler, true);
    consoles.add(console);
    return console;
  }

  /** A handler at their desk: console open, taking chats. */
  private HandlerConsole available(String handler) {
    HandlerConsole console = console(handler);
    availability(api, handler, "AVAILABLE");
    return console;
  }

  private List<String> awaitChatsOf(String handler, int count) {
    return Poll.until(
        handler + " holding " + count + " chats",
        () -> chatIdsOf(api, handler),
        ids -> ids.size() == count);
  }

  @Test
  void aHandlerWithLimitFourTakesFourOfSixAndTheFifthWhenOneEnds() {
    List<Chat> chats =
        IntStream.range(0, 6).mapToObj(i -> LiveChats.handedOver(api, Script.THEFT)).toList();
    List<String> ids = chats.stream().map(Chat::id).toList();

    available("hannah");

    assertThat(awaitChatsOf("hannah", 4)).containsExactlyElementsOf(ids.subList(0, 4));
    assertThat(waitingIn(api, "GENERAL")).containsExactlyElementsOf(ids.subList(4, 6));
    assertThat(ChatDesk.me(api, "hannah").getInt("activeChats")).isEqualTo(4);
    JsonObject fifth = LiveChats.view(api, chats.get(4));
    assertThat(fifth.getString("state")).isEqualTo("WAITING");
    assertThat(fifth.getInt("queuePosition")).isEqualTo(1);
    assertThat(fifth.getInt("estimatedWaitSeconds")).isPositive();
    assertThat(LiveChats.view(api, chats.get(5)).getInt("queuePosition")).isEqualTo(2);

    HttpResponse<String> ended =
        LiveChats.asCitizen(api, "POST", "chats/" + ids.get(0) + "/end", chats.get(0), null);
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);

    Poll.until("the fifth chat with hannah", () -> chatIdsOf(api, "hannah").contains(ids.get(4)));
    assertThat(chatIdsOf(api, "hannah")).containsExactlyElementsOf(ids.subList(1, 5));
    assertThat(waitingIn(api, "GENERAL")).containsExactly(ids.get(5));
    JsonObject joined = LiveChats.view(api, chats.get(4));
    assertThat(joined.getString("state")).isEqualTo("ASSIGNED");
    assertThat(joined.getString("handlerFirstName")).isEqualTo("Hannah");
    assertThat(LiveChats.messages(api, chats.get(4)))
        .anySatisfy(m -> assertThat(m.getString("text")).isEqualTo("Hannah has joined the chat."));
    assertThat(LiveChats.view(api, chats.get(0)).getString("state")).isEqualTo("ENDED");
  }

  @Test
  void anEmergencyHandedOverLastIsTakenFirst() {
    LiveChats.handedOver(api, Script.THEFT);
    LiveChats.handedOver(api, Script.THEFT);
    Chat emergency = LiveChats.handedOver(api, Script.EMERGENCY);
    assertThat(LiveChats.view(api, emergency).getString("priority")).isEqualTo("EMERGENCY");
    setLimit(api, "hannah", 1, "GENERAL", "PUBLIC_PROTECTION");

    available("hannah");

    assertThat(awaitChatsOf("hannah", 1)).containsExactly(emergency.id());
  }

  @Test
  void aDomesticAbuseChatGoesOnlyToAPublicProtectionHandler() {
    setLimit(api, "hannah", 4, "GENERAL");
    setLimit(api, "harry", 4, "PUBLIC_PROTECTION");
    available("hannah");
    available("harry");

    Chat abuse = LiveChats.handedOver(api, Script.DOMESTIC_ABUSE);
    Chat theft = LiveChats.handedOver(api, Script.THEFT);

    assertThat(LiveChats.view(api, abuse).getString("queue")).isEqualTo("PUBLIC_PROTECTION");
    assertThat(awaitChatsOf("harry", 1)).containsExactly(abuse.id());
    assertThat(awaitChatsOf("hannah", 1)).containsExactly(theft.id());
  }

  @Test
  void theHandlerWithFewestChatsGetsTheNextThenTheLongestIdle() {
    available("hannah");
    available("harry"); // hannah has been idle longer

    Chat first = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 1);
    Chat second = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("harry", 1);
    Chat third = LiveChats.handedOver(api, Script.THEFT);

    assertThat(awaitChatsOf("hannah", 2)).containsExactly(first.id(), third.id());
    assertThat(chatIdsOf(api, "harry")).containsExactly(second.id());
  }

  @Test
  void aHandlerWhoseConsoleGoesHasTheirChatsReturnedToTheHeadOfTheQueue() {
    setLimit(api, "hannah", 2, "GENERAL", "PUBLIC_PROTECTION");
    HandlerConsole hannah = available("hannah");
    Chat a = LiveChats.handedOver(api, Script.THEFT);
    Chat b = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 2);
    Chat c = LiveChats.handedOver(api, Script.THEFT);
    HandlerConsole harry = console("harry");

    hannah.close();

    Poll.until(
        "hannah's chats back at the head of the queue",
        () -> waitingIn(api, "GENERAL"),
        waiting -> waiting.equals(List.of(a.id(), b.id(), c.id())));
    assertThat(ChatDesk.me(api, "hannah").getString("availability")).isEqualTo("AWAY");
    assertThat(LiveChats.messages(api, a))
        .anySatisfy(
            m ->
                assertThat(m.getString("text"))
                    .isEqualTo("We are finding another contact handler for you."))
        .noneMatch(m -> m.getString("text").contains("console"));

    setLimit(api, "harry", 2, "GENERAL");
    availability(api, "harry", "AVAILABLE");

    assertThat(awaitChatsOf("harry", 2)).containsExactly(a.id(), b.id());
    assertThat(waitingIn(api, "GENERAL")).containsExactly(c.id());
    assertThat(LiveChats.staffMessages(api, a.id(), "harry"))
        .anySatisfy(
            m -> {
              assertThat(m.getBoolean("staffOnly")).isTrue();
              assertThat(m.getString("text")).contains("Hannah's console lost its connection");
            });
    assertThat(harry.events("assigned")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aChatNotAnsweredInTimeIsOfferedToSomeoneElse() {
    HandlerConsole hannah = available("hannah");
    hannah.answering(false);
    Chat chat = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 1);
    available("harry");

    Poll.until("the unanswered chat with harry", () -> chatIdsOf(api, "harry").contains(chat.id()));

    assertThat(chatIdsOf(api, "hannah")).doesNotContain(chat.id());
    Poll.until(
        "hannah told the chat went to someone else",
        () ->
            hannah.events("unassigned").stream()
                .anyMatch(
                    e ->
                        e.json().getString("chatId").equals(chat.id())
                            && e.json().getString("reason").equals("NOT_ANSWERED")));
    assertThat(LiveChats.staffMessages(api, chat.id(), "harry"))
        .anySatisfy(
            m ->
                assertThat(m.getString("text")).contains("Hannah did not answer within 8 seconds"));
  }

  @Test
  void aHandlerTransfersAChatToAQueueWithANoteForStaffOnly() {
    setLimit(api, "harry", 4, "PUBLIC_PROTECTION");
    available("hannah");
    Chat chat = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 1);
    available("harry");

    HttpResponse<String> moved =
        transfer(
            chat.id(), "hannah", "{\"queue\":\"PUBLIC_PROTECTION\",\"note\":\"Mentions her ex\"}");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(awaitChatsOf("harry", 1)).containsExactly(chat.id());
    assertThat(chatIdsOf(api, "hannah")).isEmpty();
    assertThat(LiveChats.staffMessages(api, chat.id(), "harry"))
        .anySatisfy(
            m -> {
              assertThat(m.getBoolean("staffOnly")).isTrue();
              assertThat(m.getString("text"))
                  .isEqualTo(
                      "Hannah moved this chat to the public protection queue. Note: Mentions her ex");
            });
    assertThat(LiveChats.messages(api, chat))
        .noneMatch(m -> m.getString("text").contains("Mentions her ex"))
        .anySatisfy(m -> assertThat(m.getString("text")).isEqualTo("Harry has joined the chat."));
  }

  @Test
  void aHandlerTransfersToAColleagueUnlessTheColleagueCannotTakeIt() {
    setLimit(api, "harry", 1, "GENERAL");
    available("hannah");
    Chat first = LiveChats.handedOver(api, Script.THEFT);
    Chat second = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 2);
    console("harry");

    assertThat(
            assertProblem(transfer(first.id(), "hannah", "{\"handler\":\"harry\"}"), 409)
                .getString("detail"))
        .isEqualTo("Harry is not available for chats now (away).");
    availability(api, "harry", "AVAILABLE");

    HttpResponse<String> given =
        transfer(first.id(), "hannah", "{\"handler\":\"harry\",\"note\":\"Wants a call back\"}");
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    assertThat(chatIdsOf(api, "harry")).containsExactly(first.id());
    assertThat(chatIdsOf(api, "hannah")).containsExactly(second.id());

    assertThat(
            assertProblem(transfer(second.id(), "hannah", "{\"handler\":\"harry\"}"), 409)
                .getString("detail"))
        .isEqualTo("Harry has no free chat slot.");
    setLimit(api, "harry", 2, "PUBLIC_PROTECTION");
    assertThat(
            assertProblem(transfer(second.id(), "hannah", "{\"handler\":\"harry\"}"), 409)
                .getString("detail"))
        .isEqualTo("Harry does not take general chats.");
    assertThat(chatIdsOf(api, "hannah")).containsExactly(second.id());
    assertThat(
            assertProblem(transfer(first.id(), "hannah", "{\"queue\":\"GENERAL\"}"), 403)
                .getString("detail"))
        .contains("not with you");
  }

  @Test
  void aSupervisorSeesTheQueuesMovesAChatAndSetsLimits() {
    Chat theft = LiveChats.handedOver(api, Script.THEFT);
    Chat abuse = LiveChats.handedOver(api, Script.DOMESTIC_ABUSE);

    JsonObject board = ChatDesk.board(api);
    assertThat(waitingIn(api, "GENERAL")).containsExactly(theft.id());
    JsonObject waiting =
        board.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
            .filter(q -> q.getString("queue").equals("PUBLIC_PROTECTION"))
            .findFirst()
            .orElseThrow()
            .getJsonArray("waiting")
            .getJsonObject(0);
    assertThat(waiting.getString("chatId")).isEqualTo(abuse.id());
    assertThat(waiting.getString("priority")).isEqualTo("HIGH_RISK");
    assertThat(waiting.getString("category")).isEqualTo("DOMESTIC_ABUSE");
    assertThat(waiting.getJsonNumber("waitingSeconds").longValue()).isNotNegative();
    assertThat(board.getJsonArray("handlers").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("username"))
        .contains("hannah", "harry");

    HttpResponse<String> moved = transfer(theft.id(), "sam", "{\"queue\":\"PUBLIC_PROTECTION\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(waitingIn(api, "PUBLIC_PROTECTION"))
        .as("at the head of its priority, behind the high-risk chat")
        .containsExactly(abuse.id(), theft.id());
    assertThat(waitingIn(api, "GENERAL")).isEmpty();

    console("harry");
    availability(api, "harry", "AVAILABLE");
    awaitChatsOf("harry", 2);
    assertThat(ChatDesk.board(api).getJsonArray("held").getValuesAs(JsonObject.class))
        .as("the board shows what each handler holds, so a supervisor can move it")
        .filteredOn(held -> held.getString("handler").equals("harry"))
        .extracting(held -> held.getString("chatId") + " " + held.getString("queue"))
        .containsExactlyInAnyOrder(
            abuse.id() + " PUBLIC_PROTECTION", theft.id() + " PUBLIC_PROTECTION");
    assertThat(
            assertProblem(setLimit(api, "harry", 1, "GENERAL", "PUBLIC_PROTECTION"), 409)
                .getString("detail"))
        .isEqualTo("Harry has 2 chats now. Lower the limit when they have 1 or fewer.");
    assertThat(setLimit(api, "harry", 3, "GENERAL").statusCode()).isEqualTo(200);
    assertThat(ChatDesk.me(api, "harry").getInt("chatLimit")).isEqualTo(3);
    assertProblem(setLimit(api, "harry", 11, "GENERAL"), 400);
    assertProblem(setLimit(api, "harry", 2, "TRAFFIC"), 400);
    assertProblem(setLimit(api, "nobody", 2, "GENERAL"), 404);
  }

  @Test
  void aQuickExitWithNoWordSinceEndsTheChatAfterTheHold() {
    available("hannah");
    Chat gone = LiveChats.handedOver(api, Script.THEFT);
    Chat back = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 2);

    quickExit(gone);
    quickExit(back);
    LiveChats.say(api, back, "sorry, I am back now");

    Poll.until(
        "the abandoned chat ended",
        () -> LiveChats.view(api, gone).getString("state").equals("ENDED"));
    assertThat(LiveChats.view(api, back).getString("state")).isEqualTo("ASSIGNED");
    assertThat(chatIdsOf(api, "hannah")).containsExactly(back.id());
  }

  @Test
  void manyChatsHandedOverAtOnceFillEverySlotOnceAndNoMore() throws Exception {
    setLimit(api, "hannah", 4, "GENERAL", "PUBLIC_PROTECTION");
    setLimit(api, "harry", 8, "GENERAL", "PUBLIC_PROTECTION");
    available("hannah");
    available("harry");
    List<Chat> chats = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      chats.add(LiveChats.almostHandedOver(api, Script.THEFT));
    }

    ExecutorService citizens = Executors.newFixedThreadPool(30);
    List<Future<Object>> sent = new ArrayList<>();
    for (Chat chat : chats) {
      sent.add(citizens.submit((Callable<Object>) () -> LiveChats.say(api, chat, "07700 900123")));
    }
    for (Future<Object> done : sent) {
      done.get();
    }
    citizens.shutdown();

    Poll.until(
        "twelve chats assigned",
        () -> chatIdsOf(api, "hannah").size() + chatIdsOf(api, "harry").size(),
        n -> n == 12);
    Poll.until("eighteen waiting", () -> waitingIn(api, "GENERAL").size() == 18);
    List<String> hannahs = chatIdsOf(api, "hannah");
    List<String> harrys = chatIdsOf(api, "harry");
    assertThat(hannahs).hasSize(4);
    assertThat(harrys).hasSize(8);
    Set<String> assigned = new HashSet<>(hannahs);
    assigned.addAll(harrys);
    assertThat(assigned).hasSize(12);
    assertThat(waitingIn(api, "GENERAL")).doesNotContainAnyElementsOf(assigned);
    for (Chat chat : chats) {
      long joined =
          LiveChats.messages(api, chat).stream()
              .filter(m -> m.getString("kind").equals("JOINED"))
              .count();
      assertThat(joined)
          .as("handlers who joined chat " + chat.id())
          .isEqualTo(assigned.contains(chat.id()) ? 1 : 0);
    }
  }

  @Test
  void aHandlerRefersTheCitizenAndMakesOneCaseFromTheChat() {
    available("hannah");
    Chat chat = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 1);

    HttpResponse<String> referred =
        Http.send(
            api,
            "POST",
            "chats/" + chat.id() + "/referral",
            Tokens.of("hannah"),
            "{\"referral\":\"CITIZENS_ADVICE\"}");
    assertThat(referred.statusCode()).as(referred.body()).isEqualTo(200);
    assertThat(LiveChats.messages(api, chat))
        .anySatisfy(
            m -> {
              assertThat(m.getString("kind")).isEqualTo("REFERRED");
              assertThat(m.getString("text")).contains("https://www.citizensadvice.org.uk/");
            });
    assertProblem(
        Http.send(
            api,
            "POST",
            "chats/" + chat.id() + "/referral",
            Tokens.of("hannah"),
            "{\"referral\":\"GHOSTBUSTERS\"}"),
        400);

    HttpResponse<String> draftResponse =
        Http.get(api, "chats/" + chat.id() + "/case-draft", Tokens.of("hannah"));
    assertThat(draftResponse.statusCode()).as(draftResponse.body()).isEqualTo(200);
    JsonObject draft = Keycloak.json(draftResponse.body());
    assertThat(draft.getString("category")).isEqualTo("THEFT");
    assertThat(draft.getString("whatHappened")).contains("someone stole my bike");
    assertThat(draft.getString("occurredTime")).isEqualTo("this morning about 9");
    assertThat(draft.getString("location")).isEqualTo("Central Library, Broad Street");
    assertThat(draft.containsKey("contact")).isFalse();

    String report =
        Json.createObjectBuilder(draft)
            .add("victim", Json.createObjectBuilder().add("someoneElse", false))
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("byEmail", false)
                    .add("byPhone", true)
                    .add("phone", "07700 900123")
                    .add("byText", false)
                    .add("mayLeaveMessages", false))
            .build()
            .toString();
    HttpResponse<String> created =
        Http.send(api, "POST", "chats/" + chat.id() + "/case", Tokens.of("hannah"), report);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = Keycloak.json(created.body()).getString("reference");
    assertThat(reference).startsWith("PC-");
    assertThat(LiveChats.messages(api, chat))
        .anySatisfy(
            m -> {
              assertThat(m.getString("kind")).isEqualTo("CASE_CREATED");
              assertThat(m.getString("text"))
                  .startsWith("Your crime reference number is " + reference);
            });
    assertThat(LiveChats.view(api, chat).getString("caseReference")).isEqualTo(reference);
    assertThat(
            assertProblem(
                    Http.send(
                        api, "POST", "chats/" + chat.id() + "/case", Tokens.of("hannah"), report),
                    409)
                .getString("detail"))
        .contains(reference);
  }

  @Test
  void everyRoutingEndpointRefusesTheRolesItIsNotFor() {
    available("hannah");
    Chat chat = LiveChats.handedOver(api, Script.THEFT);
    awaitChatsOf("hannah", 1);
    String c = "chats/" + chat.id();
    List<String> outsiders = List.of("alice", "ian", "ada");

    for (String path : List.of("chat/handlers/me", "chat/handlers/me/chats")) {
      assertThat(get(path, "hannah").statusCode()).as(path).isEqualTo(200);
      for (String user : List.of("sam", "alice", "ian", "ada")) {
        assertProblem(get(path, user), 403);
      }
      assertProblem(Http.get(api, path, null), 401);
    }
    for (String user : List.of("sam", "alice", "ian", "ada")) {
      assertProblem(
          send("PUT", "chat/handlers/me/availability", user, "{\"availability\":\"AWAY\"}"), 403);
      assertThat(consoleStatus(user)).as(user + " opening a console").isEqualTo(403);
    }
    assertThat(consoleStatus(null)).isEqualTo(401);

    for (String user : List.of("hannah", "alice", "ian", "ada")) {
      assertProblem(get("chat/queues", user), 403);
      assertProblem(send("PUT", "chat/handlers/harry", user, "{\"chatLimit\":4}"), 403);
    }
    assertThat(get("chat/queues", "sam").statusCode()).isEqualTo(200);

    for (String path : List.of("chat/canned-responses?q=safe", "chat/referrals")) {
      assertThat(get(path, "hannah").statusCode()).as(path).isEqualTo(200);
      assertThat(get(path, "sam").statusCode()).as(path).isEqualTo(200);
      outsiders.forEach(user -> assertProblem(get(path, user), 403));
    }

    for (String user : List.of("alice", "ian", "ada", "harry")) {
      assertProblem(send("POST", c + "/transfer", user, "{\"queue\":\"GENERAL\"}"), 403);
    }
    for (String user : List.of("alice", "ian", "ada", "harry", "sam")) {
      assertProblem(send("POST", c + "/referral", user, "{\"referral\":\"RSPCA\"}"), 403);
      assertProblem(get(c + "/case-draft", user), 403);
      assertProblem(send("POST", c + "/case", user, "{}"), 403);
    }
    assertProblem(Http.send(api, "POST", c + "/transfer", null, "{\"queue\":\"GENERAL\"}"), 401);
    assertProblem(
        send("POST", "chats/no-such-chat/transfer", "sam", "{\"queue\":\"GENERAL\"}"), 404);
    assertThat(get(c + "/case-draft", "hannah").statusCode()).isEqualTo(200);
    assertThat(chatIdsOf(api, "hannah")).containsExactly(chat.id());
  }

  private HttpResponse<String> get(String path, String user) {
    return Http.get(api, path, Tokens.of(user));
  }

  private HttpResponse<String> send(String method, String path, String user, String body) {
    return Http.send(api, method, path, Tokens.of(user), body);
  }

  /** The status a console stream is answered with (the stream itself is not read). */
  private int consoleStatus(String user) {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.toString()).resolve("chat/handlers/me/events"))
            .timeout(java.time.Duration.ofSeconds(30))
            .header("Accept", "text/event-stream");
    if (user != null) {
      request.header("Authorization", "Bearer " + Tokens.of(user));
    }
    return Http.send(request.GET().build()).statusCode();
  }

  private HttpResponse<String> transfer(String chatId, String user, String body) {
    return Http.send(api, "POST", "chats/" + chatId + "/transfer", Tokens.of(user), body);
  }

  private void quickExit(Chat chat) {
    HttpResponse<String> left =
        LiveChats.asCitizen(api, "POST", "chats/" + chat.id() + "/quick-exit", chat, null);
    assertThat(left.statusCode()).as(left.body()).isEqualTo(204);
  }
}

package uk.police.portal.api.livechat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ProblemAssert.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.api.testsupport.CaseApiWar;
import uk.police.portal.api.testsupport.ChatDesk;
import uk.police.portal.api.testsupport.EventStream;
import uk.police.portal.api.testsupport.HandlerConsole;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;
import uk.police.portal.api.testsupport.Mailbox;
import uk.police.portal.api.testsupport.Poll;
import uk.police.portal.api.testsupport.Reports;
import uk.police.portal.api.testsupport.Tokens;

/**
 * The citizen's side of a live chat and what staff may see of it, through the real WAR with real
 * Keycloak tokens, on H2 and again on PostgreSQL (where signals go through LISTEN/NOTIFY).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChatsResourceIT {

  static final String NOT_HERE = "There is no chat here. It may have ended.";
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CaseApiWar.asBuilt();
  }

  @ArquillianResource URL api;

  static String token(String username) {
    return Tokens.of(username);
  }

  /** A started chat as its citizen holds it: the id, the secret and who signed in (if anyone). */
  record Citizen(String id, String chatToken, String user) {}

  private HttpResponse<String> call(
      String method, String path, String user, String chatToken, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.toString()).resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", "Bearer " + token(user));
    }
    if (chatToken != null) {
      request.header("Chat-Token", chatToken);
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return Http.send(request.build());
  }

  private Citizen start(String user) {
    HttpResponse<String> started = call("POST", "chats", user, null, "{\"language\":\"en\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject body = json(started.body());
    return new Citizen(body.getString("id"), body.getString("token"), user);
  }

  private HttpResponse<String> say(Citizen citizen, String clientId, String text) {
    return call(
        "POST",
        "chats/" + citizen.id() + "/messages",
        citizen.user(),
        citizen.chatToken(),
        message(clientId, text));
  }

  /** Sends as the citizen and returns the bot's answer to it. */
  private JsonObject botAnswers(Citizen citizen, String text) {
    HttpResponse<String> sent = say(citizen, newId(), text);
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
    int seq = json(sent.body()).getInt("seq");
    List<JsonObject> after = messages(citizen, seq);
    assertThat(after).as("the bot answers in the same request").isNotEmpty();
    assertThat(after.get(0).getString("sender")).isEqualTo("BOT");
    return after.get(0);
  }

  private List<JsonObject> messages(Citizen citizen, int after) {
    HttpResponse<String> read =
        call(
            "GET",
            "chats/" + citizen.id() + "/messages?after=" + after,
            citizen.user(),
            citizen.chatToken(),
            null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return array(read.body()).getValuesAs(JsonObject.class);
  }

  private EventStream events(Citizen citizen, String lastEventId) {
    Map<String, String> headers = new HashMap<>();
    if (citizen.chatToken() != null) {
      headers.put("Chat-Token", citizen.chatToken());
    }
    if (citizen.user() != null) {
      headers.put("Authorization", "Bearer " + token(citizen.user()));
    }
    if (lastEventId != null) {
      headers.put("Last-Event-ID", lastEventId);
    }
    return EventStream.open(api, "chats/" + citizen.id() + "/events", headers);
  }

  static String message(String clientId, String text) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("text", text)
        .build()
        .toString();
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static JsonObject json(String text) {
    return Keycloak.json(text);
  }

  static JsonArray array(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  @Test
  void anonymousChatIsGreetedByTheBotAsMessageOne() {
    HttpResponse<String> started = call("POST", "chats", null, null, "{}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject body = json(started.body());
    assertThat(body.getString("token")).matches("[A-Za-z0-9_-]{43}");
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/chats/" + body.getString("id")));
    JsonObject chat = body.getJsonObject("chat");
    assertThat(chat.getString("state")).isEqualTo("BOT");
    assertThat(chat.getString("language")).isEqualTo("en");
    assertThat(chat.getInt("lastSeq")).isEqualTo(1);
    assertThat(chat.containsKey("summary")).isFalse();

    Citizen citizen = new Citizen(body.getString("id"), body.getString("token"), null);
    List<JsonObject> all = messages(citizen, 0);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).getInt("seq")).isEqualTo(1);
    assertThat(all.get(0).getString("sender")).isEqualTo("BOT");
    assertThat(all.get(0).getString("text")).contains("If you are in danger now, call 999");
  }

  @Test
  void theBotAsksTheQuestionsInTurnWithAnswerButtons() {
    Citizen citizen = start(null);

    JsonObject danger = botAnswers(citizen, "someone stole my bike from outside the library");
    assertThat(danger.getJsonArray("choices").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("value"))
        .containsExactly("yes", "no");
    assertThat(botAnswers(citizen, "no").getString("text")).contains("stolen");
    assertThat(botAnswers(citizen, "yes").getString("text")).isEqualTo("When did it happen?");
    assertThat(botAnswers(citizen, "this afternoon about 3").getString("text"))
        .isEqualTo("Where did it happen?");
  }

  @Test
  void aRetriedSendWithTheSameClientIdIsStoredOnce() {
    Citizen citizen = start(null);
    String clientId = newId();

    HttpResponse<String> first = say(citizen, clientId, "my phone got snatched on the high street");
    HttpResponse<String> again = say(citizen, clientId, "my phone got snatched on the high street");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again.body()).getInt("seq")).isEqualTo(json(first.body()).getInt("seq"));
    List<JsonObject> all = messages(citizen, 0);
    assertThat(all).filteredOn(m -> clientId.equals(m.getString("clientId", null))).hasSize(1);
    assertThat(all).filteredOn(m -> m.getString("sender").equals("BOT")).hasSize(2);
  }

  @Test
  void badMessagesAreRefusedInPlainWordsAndNothingIsStored() {
    Citizen citizen = start(null);
    String path = "chats/" + citizen.id() + "/messages";

    assertThat(
            assertProblem(
                    call("POST", path, null, citizen.chatToken(), message(newId(), "  ")), 400)
                .getString("detail"))
        .contains("Write a message");
    assertThat(
            assertProblem(
                    call(
                        "POST",
                        path,
                        null,
                        citizen.chatToken(),
                        message(newId(), "a".repeat(2001))),
                    400)
                .getString("detail"))
        .contains("at most 2000 characters");
    assertThat(
            assertProblem(
                    call("POST", path, null, citizen.chatToken(), message("not ok!", "hello")), 400)
                .getString("detail"))
        .contains("clientId");
    assertThat(
            assertProblem(
                    call("POST", path, null, citizen.chatToken(), message(newId(), "bell\u0007")),
                    400)
                .getString("detail"))
        .contains("control characters");
    assertThat(
            assertProblem(call("POST", path, null, citizen.chatToken(), "this is not json"), 400)
                .getString("detail"))
        .contains("not valid JSON");
    assertThat(say(citizen, newId(), "a".repeat(2000)).statusCode()).isEqualTo(201);

    assertThat(messages(citizen, 0))
        .filteredOn(m -> m.getString("sender").equals("CITIZEN"))
        .hasSize(1);
  }

  @Test
  void withoutTheRightChatTokenThereIsNoChatHere() {
    Citizen citizen = start(null);
    String id = citizen.id();
    Citizen wrong = new Citizen(id, "x" + citizen.chatToken().substring(1), null);
    Citizen none = new Citizen(id, null, null);
    Citizen otherCitizen = new Citizen(id, null, "bob");

    for (Citizen stranger : List.of(wrong, none, otherCitizen)) {
      for (String path : List.of("chats/" + id, "chats/" + id + "/messages")) {
        JsonObject problem =
            assertProblem(call("GET", path, stranger.user(), stranger.chatToken(), null), 404);
        assertThat(problem.getString("detail")).isEqualTo(NOT_HERE);
      }
      assertProblem(say(stranger, newId(), "let me in"), 404);
      try (EventStream stream = events(stranger, null)) {
        assertThat(stream.status()).isEqualTo(404);
        assertThat(stream.body()).contains(NOT_HERE);
      }
    }
    assertProblem(call("GET", "chats/" + UUID.randomUUID(), null, citizen.chatToken(), null), 404);
    assertThat(messages(citizen, 0)).hasSize(1);
  }

  @Test
  void aChatStartedSignedInNeedsThatCitizensSignInAsWellAsTheToken() {
    Citizen alice = start("alice");

    assertThat(messages(alice, 0)).hasSize(1);
    assertProblem(call("GET", "chats/" + alice.id(), null, alice.chatToken(), null), 404);
    assertProblem(call("GET", "chats/" + alice.id(), "bob", alice.chatToken(), null), 404);
  }

  @Test
  void investigatorsAndAdministratorsHaveNoPartInChats() {
    Citizen citizen = start(null);

    for (String user : List.of("ian", "ada")) {
      assertProblem(call("POST", "chats", user, null, "{}"), 403);
      assertProblem(call("GET", "chats/" + citizen.id(), user, citizen.chatToken(), null), 403);
      assertProblem(
          call("GET", "chats/" + citizen.id() + "/messages", user, citizen.chatToken(), null), 403);
      assertProblem(
          call(
              "POST",
              "chats/" + citizen.id() + "/messages",
              user,
              citizen.chatToken(),
              message(newId(), "hello")),
          403);
    }
  }

  @Test
  void aHandlerCannotReadAChatThatIsNotTheirs() {
    Citizen citizen = start(null);

    assertProblem(call("GET", "chats/" + citizen.id(), "hannah", citizen.chatToken(), null), 403);
    assertProblem(call("GET", "chats/" + citizen.id() + "/messages", "hannah", null, null), 403);
  }

  @Test
  void reconnectingWithLastEventIdGetsExactlyWhatWasMissedInOrder() {
    Citizen citizen = start(null);
    int lastSeen;
    try (EventStream stream = events(citizen, null)) {
      assertThat(stream.status()).isEqualTo(200);
      EventStream.Event greeting = stream.next("message", WAIT);
      assertThat(greeting).isNotNull();
      assertThat(greeting.id()).isEqualTo("1");
      say(citizen, newId(), "someone stole my bike from outside the library");
      EventStream.Event mine = stream.next("message", WAIT);
      EventStream.Event bots = stream.next("message", WAIT);
      assertThat(List.of(mine.id(), bots.id())).containsExactly("2", "3");
      assertThat(json(mine.data()).getString("sender")).isEqualTo("CITIZEN");
      assertThat(json(bots.data()).getString("sender")).isEqualTo("BOT");
      lastSeen = Integer.parseInt(bots.id());
    }

    say(citizen, newId(), "no");
    say(citizen, newId(), "yes");

    try (EventStream again = events(citizen, String.valueOf(lastSeen))) {
      List<EventStream.Event> missed = again.drain("message", Duration.ofSeconds(3));
      assertThat(missed).extracting(EventStream.Event::id).containsExactly("4", "5", "6", "7");
      assertThat(missed)
          .extracting(e -> json(e.data()).getString("sender"))
          .containsExactly("CITIZEN", "BOT", "CITIZEN", "BOT");
      say(citizen, newId(), "this afternoon");
      List<EventStream.Event> live = new ArrayList<>();
      live.add(again.next("message", WAIT));
      live.add(again.next("message", WAIT));
      assertThat(live).extracting(EventStream.Event::id).containsExactly("8", "9");
      assertThat(again.drain("message", Duration.ofSeconds(2))).isEmpty();
    }
  }

  @Test
  void afterQueryParameterWorksLikeLastEventId() {
    Citizen citizen = start(null);
    say(citizen, newId(), "my phone got snatched out of my hand on the high street yesterday");
    Map<String, String> headers = Map.of("Chat-Token", citizen.chatToken());

    try (EventStream stream =
        EventStream.open(api, "chats/" + citizen.id() + "/events?after=2", headers)) {
      List<EventStream.Event> events = stream.drain("message", Duration.ofSeconds(3));
      assertThat(events).extracting(EventStream.Event::id).containsExactly("3");
    }
  }

  private EventStream staffEvents(String user, String chatId, String lastEventId) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Authorization", "Bearer " + token(user));
    if (lastEventId != null) {
      headers.put("Last-Event-ID", lastEventId);
    }
    return EventStream.open(api, "chats/" + chatId + "/events", headers);
  }

  @Test
  void typingAndReceiptsReachTheOtherSideAndNotTheSender() {
    Citizen citizen = start(null);
    try (EventStream staff = staffEvents("sam", citizen.id(), null);
        EventStream own = events(citizen, null)) {
      assertThat(staff.next("message", WAIT)).isNotNull();
      assertThat(own.next("message", WAIT)).isNotNull();

      assertThat(
              call("POST", "chats/" + citizen.id() + "/typing", null, citizen.chatToken(), null)
                  .statusCode())
          .isEqualTo(204);
      EventStream.Event typing = staff.next("typing", WAIT);
      assertThat(typing).isNotNull();
      assertThat(typing.id()).isNull();
      assertThat(json(typing.data()).getString("party")).isEqualTo("CITIZEN");

      HttpResponse<String> received =
          call(
              "POST",
              "chats/" + citizen.id() + "/received",
              null,
              citizen.chatToken(),
              "{\"seq\":1}");
      assertThat(received.statusCode()).as(received.body()).isEqualTo(204);
      EventStream.Event receipt = staff.next("receipt", WAIT);
      assertThat(json(receipt.data()).getString("party")).isEqualTo("CITIZEN");
      assertThat(json(receipt.data()).getInt("seq")).isEqualTo(1);

      assertThat(own.next(e -> !e.name().equals("message"), Duration.ofSeconds(2))).isNull();
    }
    JsonObject chat =
        json(call("GET", "chats/" + citizen.id(), null, citizen.chatToken(), null).body());
    assertThat(chat.getInt("citizenReceivedSeq")).isEqualTo(1);
  }

  @Test
  void aQuickExitIsToldToStaffAndNeverShownToTheCitizen() {
    Citizen citizen = start(null);
    say(citizen, newId(), "my phone got snatched out of my hand on the high street yesterday");
    try (EventStream staff = staffEvents("sam", citizen.id(), "3");
        EventStream own = events(citizen, "3")) {
      assertThat(
              call("POST", "chats/" + citizen.id() + "/quick-exit", null, citizen.chatToken(), null)
                  .statusCode())
          .isEqualTo(204);

      EventStream.Event note = staff.next("message", WAIT);
      assertThat(note.id()).isEqualTo("4");
      assertThat(json(note.data()).getString("kind")).isEqualTo("QUICK_EXIT");
      assertThat(json(note.data()).getBoolean("staffOnly")).isTrue();
      JsonObject seenByStaff = json(call("GET", "chats/" + citizen.id(), "sam", null, null).body());
      assertThat(seenByStaff.getString("quickExitAt")).isNotBlank();

      say(citizen, newId(), "no");
      EventStream.Event next = own.next("message", WAIT);
      assertThat(next.id()).isEqualTo("5");
      assertThat(json(next.data()).getString("sender")).isEqualTo("CITIZEN");
    }
    assertThat(messages(citizen, 0))
        .extracting(m -> m.getString("kind"))
        .doesNotContain("QUICK_EXIT");
    JsonObject back = json(call("GET", "chats/" + citizen.id(), "sam", null, null).body());
    assertThat(back.containsKey("quickExitAt")).as("back from the quick exit").isFalse();
  }

  @Test
  void aStreamSaysItIsAliveEvenWhenNothingHappens() {
    Citizen citizen = start(null);
    try (EventStream stream = events(citizen, "1")) {
      String comment;
      do {
        comment = stream.nextComment(Duration.ofSeconds(40));
      } while (comment != null && !comment.equals("keep-alive"));
      assertThat(comment).isEqualTo("keep-alive");
    }
  }

  static final List<String> THEFT =
      List.of(
          "someone stole my bike from outside the library",
          "no",
          "yes",
          "this morning about 9",
          "Central Library, Broad Street",
          "no",
          "07700 900123");

  private JsonObject view(Citizen citizen) {
    HttpResponse<String> read =
        call("GET", "chats/" + citizen.id(), citizen.user(), citizen.chatToken(), null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return json(read.body());
  }

  private JsonObject staffView(String user, String chatId) {
    HttpResponse<String> read = call("GET", "chats/" + chatId, user, null, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return json(read.body());
  }

  private HttpResponse<String> handlerSays(String user, String chatId, String text) {
    return call("POST", "chats/" + chatId + "/messages", user, null, message(newId(), text));
  }

  @Test
  void aTheftAnsweredThroughTheQuestionsWaitsInTheQueueWithASummaryOnlyStaffSee() {
    ChatDesk.reset(api);
    Citizen citizen = start(null);
    THEFT.subList(0, THEFT.size() - 1).forEach(line -> say(citizen, newId(), line));

    JsonObject handOver = botAnswers(citizen, THEFT.get(THEFT.size() - 1));

    assertThat(handOver.getString("kind")).isEqualTo("HANDED_OVER");
    assertThat(handOver.getString("text")).contains("contact handler");
    JsonObject seen = view(citizen);
    assertThat(seen.getString("state")).isEqualTo("WAITING");
    assertThat(seen.getString("queue")).isEqualTo("GENERAL");
    assertThat(seen.getInt("queuePosition")).isPositive();
    assertThat(seen.getInt("estimatedWaitSeconds")).isNotNegative();
    assertThat(seen.containsKey("summary")).isFalse();
    assertThat(seen.toString()).doesNotContain("07700 900123");

    JsonObject summary = staffView("sam", citizen.id()).getJsonObject("summary");
    assertThat(summary.getString("category")).isEqualTo("THEFT");
    assertThat(summary.getString("priority")).isEqualTo("STANDARD");
    assertThat(summary.getJsonArray("answers").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("question") + " " + a.getString("answer"))
        .contains(
            "When did it happen? this morning about 9",
            "Where did it happen? Central Library, Broad Street");
    assertProblem(call("GET", "chats/" + citizen.id(), "hannah", null, null), 403);

    try (EventStream stream = events(citizen, String.valueOf(handOver.getInt("seq")))) {
      EventStream.Event queue = stream.next("queue", WAIT);
      assertThat(queue).as("the queue place on connect").isNotNull();
      assertThat(json(queue.data()).getInt("position")).isEqualTo(seen.getInt("queuePosition"));
      assertThat(json(queue.data()).containsKey("estimatedWaitSeconds")).isTrue();
    }
    assertThat(say(citizen, newId(), "are you there?").statusCode())
        .as("the citizen may write while waiting")
        .isEqualTo(201);
  }

  @Test
  void aHandlerAndTheCitizenTalkWithTypingAndDeliveryTicks() {
    ChatDesk.reset(api);
    ChatDesk.me(api, "harry");
    try (HandlerConsole console = HandlerConsole.open(api, "hannah", false)) {
      ChatDesk.availability(api, "hannah", "AVAILABLE");
      Citizen citizen = start(null);
      THEFT.forEach(line -> say(citizen, newId(), line));
      JsonObject assigned =
          Poll.until(
              "the chat given to Hannah",
              () -> view(citizen),
              v -> v.getString("state").equals("ASSIGNED"));
      assertThat(assigned.getString("handlerFirstName")).isEqualTo("Hannah");
      assertThat(assigned.containsKey("handlerUsername")).isFalse();
      Poll.until("Hannah's console told", () -> !console.events("assigned").isEmpty());

      int last = assigned.getInt("lastSeq");
      try (EventStream citizenStream = events(citizen, String.valueOf(last));
          EventStream hannah = staffEvents("hannah", citizen.id(), String.valueOf(last))) {
        assertThat(
                call("POST", "chats/" + citizen.id() + "/typing", "hannah", null, null)
                    .statusCode())
            .isEqualTo(204);
        EventStream.Event typing = citizenStream.next("typing", WAIT);
        assertThat(json(typing.data()).getString("party")).isEqualTo("HANDLER");
        assertThat(json(typing.data()).getString("name")).isEqualTo("Hannah");

        HttpResponse<String> written = handlerSays("hannah", citizen.id(), "Hello, I am Hannah.");
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        EventStream.Event hello = citizenStream.next("message", WAIT);
        assertThat(json(hello.data()).getString("sender")).isEqualTo("HANDLER");
        assertThat(json(hello.data()).getString("senderName")).isEqualTo("Hannah");
        assertThat(hello.id()).isEqualTo(String.valueOf(last + 1));

        call(
            "POST",
            "chats/" + citizen.id() + "/received",
            null,
            citizen.chatToken(),
            "{\"seq\":" + (last + 1) + "}");
        EventStream.Event tick = hannah.next("receipt", WAIT);
        assertThat(json(tick.data()).getString("party")).isEqualTo("CITIZEN");
        assertThat(json(tick.data()).getInt("seq")).isEqualTo(last + 1);

        say(citizen, newId(), "Thank you");
        EventStream.Event thanks = hannah.next("message", WAIT);
        assertThat(json(thanks.data()).getString("text")).isEqualTo("Thank you");
        assertThat(staffView("hannah", citizen.id()).getString("oldestUnansweredAt"))
            .isEqualTo(json(thanks.data()).getString("sentAt"));
        call(
            "POST",
            "chats/" + citizen.id() + "/received",
            "hannah",
            null,
            "{\"seq\":" + thanks.id() + "}");
        assertThat(json(citizenStream.next("receipt", WAIT).data()).getString("party"))
            .isEqualTo("HANDLER");
        handlerSays("hannah", citizen.id(), "Let me look at that.");
        assertThat(staffView("hannah", citizen.id()).containsKey("oldestUnansweredAt")).isFalse();
      }

      assertProblem(handlerSays("sam", citizen.id(), "I am a supervisor"), 403);
      assertProblem(handlerSays("harry", citizen.id(), "not my chat"), 403);
      assertProblem(call("GET", "chats/" + citizen.id() + "/messages", "harry", null, null), 403);
      assertThat(staffView("sam", citizen.id()).getString("handlerUsername")).isEqualTo("hannah");
      ChatDesk.availability(api, "hannah", "AWAY");
      ChatDesk.end(api, citizen.id(), "hannah");
    }
  }

  @Test
  void anEndedChatClosesItsStreamsAndTakesNoMoreMessages() {
    Citizen citizen = start(null);
    try (EventStream stream = events(citizen, "1")) {
      HttpResponse<String> ended =
          call("POST", "chats/" + citizen.id() + "/end", null, citizen.chatToken(), null);
      assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
      assertThat(json(ended.body()).getString("state")).isEqualTo("ENDED");
      EventStream.Event end = stream.next("message", WAIT);
      assertThat(json(end.data()).getString("kind")).isEqualTo("ENDED");
      assertThat(stream.endedWithin(Duration.ofSeconds(30))).isTrue();
    }
    JsonObject refused = assertProblem(say(citizen, newId(), "hello?"), 409);
    assertThat(refused.getString("detail")).contains("ended");
  }

  @Test
  void theBotEndsAChatThatItReferredElsewhereWhenNoPersonIsWanted() {
    Citizen citizen = start(null);
    botAnswers(
        citizen, "I was scammed on facebook marketplace, paid £200 for a phone that never came");
    JsonObject offer = botAnswers(citizen, "no");
    if (!offer.getString("text").contains("Action Fraud")) {
      offer = botAnswers(citizen, "yes");
    }
    assertThat(offer.getString("text")).contains("Action Fraud");

    say(citizen, newId(), "no thanks");

    JsonObject seen = view(citizen);
    assertThat(seen.getString("state")).isEqualTo("ENDED");
    List<JsonObject> all = messages(citizen, 0);
    assertThat(all.get(all.size() - 1).getString("kind")).isEqualTo("ENDED");
  }

  @Test
  void theTranscriptCanBeEmailedThreeTimesOnceTheChatHasEnded() {
    Citizen citizen = start(null);
    say(citizen, newId(), "my phone got snatched out of my hand on the high street yesterday");
    String email = Reports.uniqueEmail("chat");
    String path = "chats/" + citizen.id() + "/transcript-email";
    String body = Json.createObjectBuilder().add("email", email).build().toString();
    assertThat(
            assertProblem(call("POST", path, null, citizen.chatToken(), body), 409)
                .getString("detail"))
        .contains("once the chat has ended");
    call("POST", "chats/" + citizen.id() + "/quick-exit", null, citizen.chatToken(), null);
    call("POST", "chats/" + citizen.id() + "/end", null, citizen.chatToken(), null);

    assertProblem(
        call("POST", path, null, citizen.chatToken(), "{\"email\":\"not an email\"}"), 400);
    for (int i = 0; i < 3; i++) {
      assertThat(call("POST", path, null, citizen.chatToken(), body).statusCode()).isEqualTo(202);
    }
    JsonObject tooMany = assertProblem(call("POST", path, null, citizen.chatToken(), body), 429);
    assertThat(tooMany.getString("detail")).contains("3 times");
    assertProblem(call("POST", path, "sam", null, body), 403);

    List<JsonObject> mail = Mailbox.awaitMessages(email, 3);
    assertThat(mail).hasSize(3);
    String raw = mail.get(0).toString();
    assertThat(raw).contains("snatched").contains("UK time").doesNotContain("hurry");
  }

  @Test
  void theSurveyIsAnsweredOnceAfterTheChatEnds() {
    Citizen citizen = start(null);
    String path = "chats/" + citizen.id() + "/survey";
    String answers = "{\"rating\":5,\"wouldUseAgain\":true,\"wouldOtherwiseHavePhoned101\":true}";
    assertProblem(call("POST", path, null, citizen.chatToken(), answers), 409);
    call("POST", "chats/" + citizen.id() + "/end", null, citizen.chatToken(), null);

    assertProblem(call("POST", path, null, citizen.chatToken(), "{\"rating\":6}"), 400);
    assertProblem(call("POST", path, null, null, answers), 404);
    HttpResponse<String> first = call("POST", path, null, citizen.chatToken(), answers);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first.body()).getInt("rating")).isEqualTo(5);
    JsonObject again = assertProblem(call("POST", path, null, citizen.chatToken(), "{}"), 409);
    assertThat(again.getString("detail")).contains("already answered");
  }
}

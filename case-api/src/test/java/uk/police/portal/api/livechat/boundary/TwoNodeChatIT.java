package uk.police.portal.api.livechat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.api.testsupport.ChatDesk.availability;
import static uk.police.portal.api.testsupport.ChatDesk.chatIdsOf;
import static uk.police.portal.api.testsupport.ChatDesk.setLimit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.police.portal.api.testsupport.ChatDesk;
import uk.police.portal.api.testsupport.EventStream;
import uk.police.portal.api.testsupport.EventStream.Event;
import uk.police.portal.api.testsupport.HandlerConsole;
import uk.police.portal.api.testsupport.Http;
import uk.police.portal.api.testsupport.Keycloak;
import uk.police.portal.api.testsupport.KeycloakAccounts;
import uk.police.portal.api.testsupport.LiveChats;
import uk.police.portal.api.testsupport.LiveChats.Chat;
import uk.police.portal.api.testsupport.LiveChats.Script;
import uk.police.portal.api.testsupport.PayaraNodes;
import uk.police.portal.api.testsupport.Poll;
import uk.police.portal.api.testsupport.Tokens;

/**
 * Live chat on two case-api nodes (Payara Micro processes, no cluster between them) that share one
 * PostgreSQL database, as behind a load balancer: a citizen on one node and their handler on the
 * other chat normally; many chats handed over at once on both nodes never break a handler's limit,
 * never go to two handlers and are never lost; and a node killed with SIGKILL loses no acknowledged
 * message, while its handler's chats go back to the head of the queue from the other node.
 *
 * <p>More race rounds: {@code -Dchat.race.rounds=50} (and {@code -Dchat.race.chats=N}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeChatIT {

  /**
   * A sweep every second and a short grace, so that returns happen within a test's patience; not
   * shorter, so that a node stalled for a few seconds on this 2-core machine does not make a
   * connected handler look gone.
   */
  @RegisterExtension
  static final PayaraNodes NODES =
      new PayaraNodes(
          "chat_nodes_it",
          2,
          Map.of(
              "PORTAL_CHAT_DISCONNECT_GRACE_SECONDS", "8",
              "PORTAL_CHAT_AWAY_GRACE_SECONDS", "8",
              // Nobody is offered someone else's unanswered chat during a test: no noise in counts.
              "PORTAL_CHAT_ANSWER_SECONDS", "3600",
              "PORTAL_CHAT_SWEEP_SECONDS", "1"));

  /** hannah and harry are the dev realm's handlers; the test adds holly to Keycloak. */
  static final List<String> HANDLERS = List.of("hannah", "harry", "holly");

  static final Map<String, Integer> LIMITS = Map.of("hannah", 4, "harry", 4, "holly", 2);
  static final String SUPERVISOR = ChatDesk.SUPERVISOR;

  private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();
  private ChatFloor floor;

  static URL a() {
    return NODES.node(0).api();
  }

  static URL b() {
    return NODES.node(1).api();
  }

  @BeforeAll
  static void threeHandlers() {
    KeycloakAccounts.ensure("holly", "Holly", "contact-handler");
    HANDLERS.forEach(handler -> ChatDesk.me(a(), handler));
  }

  /** No open chat, no handler taking any: each test arranges its own floor. */
  @BeforeEach
  void quietFloor() {
    floor = new ChatFloor(NODES.database());
    HANDLERS.forEach(handler -> availability(a(), handler, "BUSY"));
    for (String id : floor.openChats()) {
      assertThat(outcome(ChatDesk.end(a(), id, SUPERVISOR))).as("ending %s", id).startsWith("200");
    }
    Poll.until("a quiet floor", () -> floor.open() + floor.activeChats(), n -> n == 0);
  }

  @AfterEach
  void closeStreams() throws Exception {
    for (AutoCloseable stream : opened) {
      stream.close();
    }
  }

  // ---------------------------------------------------------------- delivery across nodes

  @Test
  @Order(1)
  void aCitizenOnOneNodeAndTheirHandlerOnTheOtherGetEveryMessageOnceAndInOrder() {
    limit("hannah", 4);
    HandlerConsole console = console("hannah", b());
    availability(b(), "hannah", "AVAILABLE");
    Chat chat = LiveChats.start(a());
    EventStream citizenOnA = open(citizenStream(a(), chat, null));
    LiveChats.finish(a(), chat, Script.EMERGENCY);
    awaitAssigned(console, Set.of(chat.id()));
    EventStream hannahOnB = open(staffStream(b(), chat.id(), "hannah", null));

    for (int i = 1; i <= 10; i++) {
      created(citizenSays(a(), chat, "citizen-" + i, "Citizen says " + i));
      created(handlerSays(b(), chat.id(), "hannah", "hannah-" + i, "Hannah says " + i));
    }
    int marker = seq(created(citizenSays(a(), chat, "citizen-marker", "That is all for now")));

    List<Event> citizenGot = assertStreamHasExactly(citizenOnA, citizenView(b(), chat, 0), marker);
    List<Event> hannahGot =
        assertStreamHasExactly(hannahOnB, staffView(a(), chat.id(), "hannah", 0), marker);
    assertThat(texts(citizenGot, "CITIZEN"))
        .containsSubsequence(numbered("Citizen says ", 10))
        .endsWith("That is all for now");
    assertThat(texts(citizenGot, "HANDLER"))
        .containsExactlyElementsOf(numbered("Hannah says ", 10));
    assertThat(texts(hannahGot, "HANDLER")).containsExactlyElementsOf(numbered("Hannah says ", 10));
    assertThat(citizenGot).noneMatch(event -> json(event).getBoolean("staffOnly", false));
  }

  @Test
  @Order(2)
  void reconnectingToTheOtherNodeWithLastEventIdGetsExactlyWhatWasMissed() {
    limit("hannah", 4);
    HandlerConsole console = console("hannah", a());
    availability(a(), "hannah", "AVAILABLE");
    Chat chat = LiveChats.handedOver(b(), Script.EMERGENCY);
    awaitAssigned(console, Set.of(chat.id()));

    // The citizen's phone sleeps after seeing everything so far on node A...
    EventStream before = citizenStream(a(), chat, null);
    int seen = seq(created(citizenSays(b(), chat, "before-sleep", "Are you there?")));
    messagesUpTo(before, seen);
    before.close();
    // ...while the handler writes through node A...
    for (int i = 1; i <= 3; i++) {
      created(handlerSays(a(), chat.id(), "hannah", "missed-" + i, "While you were away " + i));
    }
    // ...and wakes up on node B.
    EventStream after = open(citizenStream(b(), chat, seen));
    int marker = seq(created(citizenSays(a(), chat, "after-sleep", "Back now")));

    List<Event> missed = assertStreamHasExactly(after, citizenView(a(), chat, seen), marker);
    assertThat(texts(missed, "HANDLER"))
        .containsExactlyElementsOf(numbered("While you were away ", 3));

    // The handler's stream the other way round: on B, then back on A.
    EventStream hannahOnB = staffStream(b(), chat.id(), "hannah", null);
    int handlerSeen = seq(created(handlerSays(b(), chat.id(), "hannah", "checking", "Still here")));
    messagesUpTo(hannahOnB, handlerSeen);
    hannahOnB.close();
    for (int i = 1; i <= 3; i++) {
      created(citizenSays(b(), chat, "meanwhile-" + i, "Meanwhile " + i));
    }
    EventStream hannahOnA = open(staffStream(a(), chat.id(), "hannah", handlerSeen));
    int last = seq(created(citizenSays(b(), chat, "done", "Done")));
    List<Event> handlerMissed =
        assertStreamHasExactly(hannahOnA, staffView(b(), chat.id(), SUPERVISOR, handlerSeen), last);
    assertThat(texts(handlerMissed, "CITIZEN"))
        .containsExactly("Meanwhile 1", "Meanwhile 2", "Meanwhile 3", "Done");
  }

  // ---------------------------------------------------------------- races

  @Test
  @Order(3)
  void manyChatsHandedOverAtOnceOnBothNodesNeverBreakALimitGoToTwoHandlersOrGetLost()
      throws Exception {
    HANDLERS.forEach(handler -> limit(handler, LIMITS.get(handler)));
    Map<String, HandlerConsole> consoles = new LinkedHashMap<>();
    consoles.put("hannah", console("hannah", a()));
    consoles.put("harry", console("harry", b()));
    consoles.put("holly", console("holly", a()));
    int rounds = Integer.getInteger("chat.race.rounds", 3);
    int chats = Integer.getInteger("chat.race.chats", 36);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 1; round <= rounds; round++) {
        new RaceRound(round, chats, consoles, pool).run();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One round: {@code chats} chats (emergency, high risk and standard), half on each node, each one
   * message short of the hand-over; then every last message at the same moment. Odd rounds with
   * every handler available; even rounds with every handler busy until all wait, then all three
   * available at once through different nodes, when they must take the head of the queue. Then
   * chats end on both nodes at once and the freed slots go to the head of the queue.
   */
  private final class RaceRound {
    final int round;
    final int size;
    final Map<String, HandlerConsole> consoles;
    final ExecutorService pool;
    final Map<String, Chat> chats = new LinkedHashMap<>();
    final Map<String, URL> nodeOf = new LinkedHashMap<>();
    final Map<String, Script> scriptOf = new LinkedHashMap<>();

    RaceRound(int round, int size, Map<String, HandlerConsole> consoles, ExecutorService pool) {
      this.round = round;
      this.size = size;
      this.consoles = consoles;
      this.pool = pool;
    }

    void run() throws Exception {
      boolean availableFirst = round % 2 == 1;
      if (availableFirst) {
        HANDLERS.forEach(handler -> availability(a(), handler, "AVAILABLE"));
      }
      prepare();
      Watcher watcher = new Watcher(chats.keySet());
      atOnce(
          chats.keySet().stream()
              .map(
                  id ->
                      (Callable<Void>)
                          () -> {
                            LiveChats.finish(nodeOf.get(id), chats.get(id), scriptOf.get(id));
                            return null;
                          })
              .toList());
      int capacity = LIMITS.values().stream().mapToInt(Integer::intValue).sum();
      if (!availableFirst) {
        Poll.until(
            "round " + round + ": every chat waiting",
            () -> floor.count("WAITING", chats.keySet()),
            n -> n == size);
        List<String> head = floor.queue(chats.keySet()).subList(0, Math.min(size, capacity));
        atOnce(
            List.of(
                () -> availability(a(), "hannah", "AVAILABLE"),
                () -> availability(b(), "harry", "AVAILABLE"),
                () -> availability(b(), "holly", "AVAILABLE")));
        awaitAssigned(chats.keySet(), head.size());
        assertThat(assigned(chats.keySet()))
            .as("round %d: handlers going available take the head of the queue", round)
            .containsExactlyInAnyOrderElementsOf(head);
      }
      awaitAssigned(chats.keySet(), Math.min(size, capacity));
      floor.assertHolds(HANDLERS, chats.keySet());
      assertConsolesAgreeWithTheDatabase();

      Set<String> remaining = endSomeAtOnce();
      awaitAssigned(remaining, Math.min(remaining.size(), capacity));
      floor.assertHolds(HANDLERS, remaining);
      if (remaining.size() >= capacity) {
        assertThat(HANDLERS)
            .as("round %d: every handler full again", round)
            .allMatch(h -> floor.handler(h).activeChats() == LIMITS.get(h));
      }
      assertConsolesAgreeWithTheDatabase();

      assertThat(watcher.stop())
          .as("round %d: rules broken at some moment while chats were handed over and ended", round)
          .isEmpty();
      HANDLERS.forEach(handler -> availability(b(), handler, "BUSY"));
      assertThat(
              atOnce(
                  remaining.stream()
                      .map(id -> (Callable<String>) () -> outcome(endAsCitizen(b(), chats.get(id))))
                      .toList()))
          .as("round %d: the rest ended", round)
          .allMatch(status -> status.startsWith("200"));
      Poll.until(
          "round " + round + ": every chat ended",
          () -> floor.open() + floor.activeChats(),
          n -> n == 0);
    }

    /** Chats one message short of the hand-over, half through each node. */
    private void prepare() throws Exception {
      Script[] scripts = {Script.EMERGENCY, Script.DOMESTIC_ABUSE, Script.THEFT};
      List<Callable<Object[]>> starts = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        URL node = i % 2 == 0 ? a() : b();
        Script script = scripts[i % scripts.length];
        starts.add(() -> new Object[] {LiveChats.almostHandedOver(node, script), node, script});
      }
      for (Future<Object[]> started : pool.invokeAll(starts)) {
        Chat chat = (Chat) started.get()[0];
        chats.put(chat.id(), chat);
        nodeOf.put(chat.id(), (URL) started.get()[1]);
        scriptOf.put(chat.id(), (Script) started.get()[2]);
      }
    }

    /**
     * Two of hannah's chats, two of harry's and one of holly's end at the same moment: the citizen
     * ends some through A, the handler the others through B. The freed slots must go to the chats
     * at the head of the queue. Returns the chats still open.
     */
    private Set<String> endSomeAtOnce() throws Exception {
      List<String> head = floor.queue(chats.keySet());
      Map<String, String> ending = new LinkedHashMap<>();
      for (String handler : HANDLERS) {
        floor.assignedTo(handler).stream()
            .sorted()
            .limit(handler.equals("holly") ? 1 : 2)
            .forEach(id -> ending.put(id, handler));
      }
      List<String> ids = List.copyOf(ending.keySet());
      List<String> ended =
          atOnce(
              IntStream.range(0, ids.size())
                  .mapToObj(
                      k ->
                          (Callable<String>)
                              () ->
                                  outcome(
                                      k % 2 == 0
                                          ? endAsCitizen(a(), chats.get(ids.get(k)))
                                          : ChatDesk.end(b(), ids.get(k), ending.get(ids.get(k)))))
                  .toList());
      assertThat(ended)
          .as("round %d: chats ended", round)
          .allMatch(status -> status.startsWith("200"));
      Set<String> remaining = new HashSet<>(chats.keySet());
      remaining.removeAll(ids);
      List<String> refilled = head.subList(0, Math.min(ids.size(), head.size()));
      awaitAssigned(
          remaining,
          Math.min(remaining.size(), LIMITS.values().stream().mapToInt(Integer::intValue).sum()));
      assertThat(assigned(refilled))
          .as("round %d: freed slots go to the head of the queue %s", round, refilled)
          .containsExactlyInAnyOrderElementsOf(refilled);
      return remaining;
    }

    private void awaitAssigned(Collection<String> ids, int expected) {
      Poll.until(
          "round " + round + ": " + expected + " chats assigned, none with the bot",
          () -> List.of(floor.count("ASSIGNED", ids), floor.count("BOT", ids)),
          counts -> counts.get(0) == expected && counts.get(1) == 0);
    }

    private Set<String> assigned(Collection<String> ids) {
      Set<String> assigned = new HashSet<>();
      floor.chats(ids).values().stream()
          .filter(chat -> chat.state().equals("ASSIGNED"))
          .forEach(chat -> assigned.add(chat.id()));
      return assigned;
    }

    /** Each handler's chats as the API tells them (on the other node) and their console heard. */
    private void assertConsolesAgreeWithTheDatabase() {
      for (String handler : HANDLERS) {
        Set<String> assigned = floor.assignedTo(handler);
        URL other = handler.equals("harry") ? a() : b();
        assertThat(chatIdsOf(other, handler))
            .as("round %d: %s's chats through the API", round, handler)
            .containsExactlyInAnyOrderElementsOf(assigned);
        TwoNodeChatIT.awaitAssigned(consoles.get(handler), assigned);
      }
      Map<String, String> toldTo = new LinkedHashMap<>();
      consoles.forEach(
          (handler, console) ->
              assignedEvents(console)
                  .forEach(
                      id -> {
                        String earlier = toldTo.put(id, handler);
                        assertThat(earlier == null || earlier.equals(handler))
                            .as("chat %s announced to %s and %s", id, earlier, handler)
                            .isTrue();
                      }));
    }

    private <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
      return TwoNodeChatIT.atOnce(pool, tasks);
    }
  }

  /**
   * Reads the rules from the database again and again while a round runs, so that a limit broken
   * for a moment (and put right before the round looks) is caught too.
   */
  private final class Watcher {
    final List<String> broken = new CopyOnWriteArrayList<>();
    final Thread thread;
    volatile boolean watching = true;

    Watcher(Collection<String> ids) {
      List<String> chats = List.copyOf(ids);
      ChatFloor watched = floor.another();
      thread =
          new Thread(
              () -> {
                try {
                  while (watching && broken.isEmpty()) {
                    broken.addAll(watched.brokenNow(chats));
                    Poll.pause(Duration.ofMillis(5)); // leaves the 2 cores to the nodes
                  }
                } finally {
                  watched.close();
                }
              },
              "rules watcher");
      thread.setDaemon(true);
      thread.start();
    }

    List<String> stop() throws InterruptedException {
      watching = false;
      thread.join();
      return broken;
    }
  }

  // ---------------------------------------------------------------- kill -9

  @Test
  @Order(4)
  void aKilledNodeLosesNoAcknowledgedMessageAndItsHandlersChatsGoBackToTheHeadOfTheQueue()
      throws Exception {
    limit("hannah", 2);
    limit("harry", 2);
    HandlerConsole hannahOnA = console("hannah", a());
    HandlerConsole harryOnB = console("harry", b());
    availability(a(), "hannah", "AVAILABLE");
    Chat first = LiveChats.handedOver(a(), Script.EMERGENCY);
    Chat second = LiveChats.handedOver(a(), Script.EMERGENCY);
    awaitAssigned(hannahOnA, Set.of(first.id(), second.id()));
    // Waiting behind them: hannah is full and harry busy.
    Chat third = LiveChats.handedOver(b(), Script.EMERGENCY);
    assertThat(LiveChats.view(b(), third).getString("state")).isEqualTo("WAITING");

    List<Sender> senders = new ArrayList<>();
    for (Chat chat : List.of(first, second)) {
      senders.add(new Sender("CITIZEN", chat, (id, text) -> citizenSays(a(), chat, id, text)));
      senders.add(
          new Sender(
              "HANDLER", chat, (id, text) -> handlerSays(a(), chat.id(), "hannah", id, text)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(senders.size());
    List<Future<?>> sending = senders.stream().<Future<?>>map(s -> pool.submit(s::talk)).toList();
    Poll.until(
        "ten acknowledged messages from each side",
        () -> senders.stream().mapToInt(s -> s.acknowledged.size()).min().orElse(0),
        n -> n >= 10);
    NODES.node(0).kill();
    for (Future<?> side : sending) {
      side.get(60, TimeUnit.SECONDS); // a refusal while A was up fails the test here
    }
    pool.shutdown();

    for (Chat chat : List.of(first, second)) {
      assertEveryAcknowledgedMessageIsThereOnce(chat, senders);
    }

    // B's sweep finds hannah's console gone: after the grace her chats go back to the head of the
    // queue, ahead of the chat that was waiting already; she is away with none.
    List<String> three = List.of(first.id(), second.id(), third.id());
    Poll.until("hannah's chats back in the queue", () -> floor.queue(three), q -> q.size() == 3);
    assertThat(floor.queue(three).get(2)).isEqualTo(third.id());
    assertThat(supervisorsQueue(three))
        .as("the queue as the supervisor sees it on node B")
        .containsExactlyElementsOf(floor.queue(three));
    assertThat(floor.handler("hannah").activeChats()).isZero();
    assertThat(floor.handler("hannah").availability()).isEqualTo("AWAY");

    // Harry, available on B, takes them: the head of the queue, up to his limit of two.
    availability(b(), "harry", "AVAILABLE");
    awaitAssigned(harryOnB, Set.of(first.id(), second.id()));
    assertThat(floor.assignedTo("harry")).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(LiveChats.view(b(), third).getString("state")).isEqualTo("WAITING");

    // Node A comes back and serves the same history.
    NODES.node(0).restart();
    for (Chat chat : List.of(first, second)) {
      assertThat(staffView(a(), chat.id(), "harry", 0))
          .isEqualTo(staffView(b(), chat.id(), "harry", 0));
      EventStream onA = open(staffStream(a(), chat.id(), "harry", 0));
      int marker = seq(created(handlerSays(a(), chat.id(), "harry", "harry-here", "Harry here")));
      assertStreamHasExactly(onA, staffView(b(), chat.id(), "harry", 0), marker);
    }
  }

  /**
   * Through node B: every message acknowledged by A is stored once, numbered 1..N without gaps; a
   * citizen's send that was in flight when A died, retried on B with the same client id, is stored
   * once; a fresh stream from Last-Event-ID 0 on B delivers all the citizen may see.
   */
  private void assertEveryAcknowledgedMessageIsThereOnce(Chat chat, List<Sender> senders) {
    for (Sender side : senders) {
      if (side.chat.equals(chat) && side.sender.equals("CITIZEN") && side.inFlight != null) {
        assertThat(citizenSays(b(), chat, side.inFlight, side.inFlightText).statusCode())
            .isIn(200, 201);
        side.acknowledged.add(side.inFlight);
      }
    }
    List<JsonObject> stored = staffView(b(), chat.id(), SUPERVISOR, 0);
    assertThat(stored.stream().map(m -> m.getInt("seq")).toList())
        .as("seqs of %s numbered without gaps or repeats", chat.id())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, stored.size()).boxed().toList());
    for (Sender side : senders) {
      if (side.chat.equals(chat)) {
        assertThat(clientIds(stored, side.sender))
            .as("%s's messages in %s", side.sender, chat.id())
            .doesNotHaveDuplicates()
            .containsAll(side.acknowledged);
      }
    }
    EventStream fresh = open(citizenStream(b(), chat, 0));
    int marker = seq(created(citizenSays(b(), chat, "after-the-crash", "Hello?")));
    assertStreamHasExactly(fresh, citizenView(b(), chat, 0), marker);
  }

  /** One side of a chat writing as fast as node A acknowledges, until A dies. */
  static final class Sender {
    interface Send {
      HttpResponse<String> send(String clientId, String text);
    }

    final String sender;
    final Chat chat;
    final Send send;
    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    volatile String inFlight;
    volatile String inFlightText;

    Sender(String sender, Chat chat, Send send) {
      this.sender = sender;
      this.chat = chat;
      this.send = send;
    }

    void talk() {
      for (int n = 1; ; n++) {
        inFlight = sender.toLowerCase() + "-" + n;
        inFlightText = sender + " message " + n;
        HttpResponse<String> response;
        try {
          response = send.send(inFlight, inFlightText);
        } catch (UncheckedIOException nodeGone) {
          return;
        }
        if (response.statusCode() != 201) {
          throw new AssertionError(sender + ": " + response.statusCode() + " " + response.body());
        }
        acknowledged.add(inFlight);
        inFlight = null;
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static void limit(String handler, int limit) {
    HttpResponse<String> set = setLimit(a(), handler, limit, "GENERAL", "PUBLIC_PROTECTION");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  private HandlerConsole console(String handler, URL node) {
    return open(HandlerConsole.open(node, handler, false));
  }

  private <T extends AutoCloseable> T open(T stream) {
    opened.add(stream);
    return stream;
  }

  private static List<String> assignedEvents(HandlerConsole console) {
    return console.events("assigned").stream().map(e -> e.json().getString("id")).toList();
  }

  private static void awaitAssigned(HandlerConsole console, Set<String> chatIds) {
    Poll.until(
        "assigned events for " + chatIds,
        () -> assignedEvents(console),
        told -> told.containsAll(chatIds));
  }

  /** The waiting chats among {@code ids} in the order the supervisor's board shows them. */
  private static List<String> supervisorsQueue(List<String> ids) {
    List<String> order = new ArrayList<>();
    for (JsonObject queue :
        ChatDesk.board(b()).getJsonArray("queues").getValuesAs(JsonObject.class)) {
      for (JsonObject waiting : queue.getJsonArray("waiting").getValuesAs(JsonObject.class)) {
        if (ids.contains(waiting.getString("chatId"))) {
          order.add(waiting.getString("chatId"));
        }
      }
    }
    return order;
  }

  private static HttpResponse<String> citizenSays(
      URL node, Chat chat, String clientId, String text) {
    return LiveChats.asCitizen(
        node, "POST", "chats/" + chat.id() + "/messages", chat, message(clientId, text));
  }

  private static HttpResponse<String> handlerSays(
      URL node, String chatId, String handler, String clientId, String text) {
    return Http.send(
        node, "POST", "chats/" + chatId + "/messages", Tokens.of(handler), message(clientId, text));
  }

  private static HttpResponse<String> endAsCitizen(URL node, Chat chat) {
    return LiveChats.asCitizen(node, "POST", "chats/" + chat.id() + "/end", chat, null);
  }

  /** The status, and the body when it is not a success, for an assertion's message. */
  private static String outcome(HttpResponse<String> response) {
    return response.statusCode() / 100 == 2
        ? Integer.toString(response.statusCode())
        : response.statusCode() + " " + response.body();
  }

  private static String message(String clientId, String text) {
    return Json.createObjectBuilder()
        .add("clientId", clientId)
        .add("text", text)
        .build()
        .toString();
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Keycloak.json(response.body());
  }

  private static int seq(JsonObject message) {
    return message.getInt("seq");
  }

  private static List<JsonObject> citizenView(URL node, Chat chat, int after) {
    return LiveChats.messages(node, chat).stream().filter(m -> m.getInt("seq") > after).toList();
  }

  private static List<JsonObject> staffView(URL node, String chatId, String username, int after) {
    return LiveChats.staffMessages(node, chatId, username).stream()
        .filter(m -> m.getInt("seq") > after)
        .toList();
  }

  private static EventStream citizenStream(URL node, Chat chat, Integer lastEventId) {
    return chatStream(node, chat.id(), Map.of("Chat-Token", chat.token()), lastEventId);
  }

  private static EventStream staffStream(
      URL node, String chatId, String user, Integer lastEventId) {
    return chatStream(
        node, chatId, Map.of("Authorization", "Bearer " + Tokens.of(user)), lastEventId);
  }

  private static EventStream chatStream(
      URL node, String chatId, Map<String, String> credentials, Integer lastEventId) {
    Map<String, String> headers = new LinkedHashMap<>(credentials);
    if (lastEventId != null) {
      headers.put("Last-Event-ID", lastEventId.toString());
    }
    EventStream stream = EventStream.open(node, "chats/" + chatId + "/events", headers);
    assertThat(stream.status()).as("stream of %s on %s", chatId, node).isEqualTo(200);
    return stream;
  }

  /** The message events that arrive until the one with id {@code seq} (or a later one). */
  private static List<Event> messagesUpTo(EventStream stream, int seq) {
    List<Event> got = new ArrayList<>();
    while (got.isEmpty() || Integer.parseInt(got.get(got.size() - 1).id()) < seq) {
      Event next = stream.next("message", Poll.PATIENCE);
      if (next == null) {
        throw new AssertionError(
            "No message " + seq + " within " + Poll.PATIENCE + "; got ids " + ids(got));
      }
      got.add(next);
    }
    return got;
  }

  /**
   * The stream delivered exactly {@code expected} up to {@code marker}: each once, in seq order,
   * with the event id equal to the message's seq. Returns those events.
   */
  private static List<Event> assertStreamHasExactly(
      EventStream stream, List<JsonObject> expected, int marker) {
    List<Event> got = messagesUpTo(stream, marker);
    List<Integer> wanted =
        expected.stream().map(m -> m.getInt("seq")).filter(seq -> seq <= marker).toList();
    assertThat(ids(got)).as("ids on the stream").containsExactlyElementsOf(wanted);
    assertThat(got).allMatch(event -> json(event).getInt("seq") == Integer.parseInt(event.id()));
    return got;
  }

  private static List<Integer> ids(List<Event> events) {
    return events.stream().map(event -> Integer.parseInt(event.id())).toList();
  }

  private static JsonObject json(Event event) {
    return Keycloak.json(event.data());
  }

  private static List<String> texts(List<Event> events, String sender) {
    return events.stream()
        .map(TwoNodeChatIT::json)
        .filter(message -> sender.equals(message.getString("sender")))
        .filter(message -> "TEXT".equals(message.getString("kind")))
        .map(message -> message.getString("text"))
        .toList();
  }

  private static List<String> clientIds(List<JsonObject> messages, String sender) {
    return messages.stream()
        .filter(message -> sender.equals(message.getString("sender")))
        .filter(message -> !message.isNull("clientId"))
        .map(message -> message.getString("clientId"))
        .toList();
  }

  private static List<String> numbered(String prefix, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
  }

  /** Runs every task at the same moment (as far as threads allow) and returns their results. */
  private static <T> List<T> atOnce(ExecutorService pool, List<Callable<T>> tasks)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return task.call();
              }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }
}

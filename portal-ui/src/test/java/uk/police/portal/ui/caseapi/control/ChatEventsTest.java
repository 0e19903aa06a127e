package uk.police.portal.ui.caseapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reader against a tiny local SSE server that keeps a chat's messages and, like case-api, sends
 * those after Last-Event-ID on each connection. No case-api here: this tests the reader's own
 * bookkeeping (what it resumes from, which headers it sends, when it stops).
 */
class ChatEventsTest {

  static final Duration FAST = Duration.ofMillis(50);

  HttpServer server;
  ExecutorService threads = Executors.newCachedThreadPool();
  final List<String> messages = new CopyOnWriteArrayList<>(List.of("hello", "what happened?"));
  final List<String> lastIdsAsked = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  final List<String> clientsGone = new CopyOnWriteArrayList<>();
  final AtomicInteger requests = new AtomicInteger();
  final List<ChatEvents.Event> received = new CopyOnWriteArrayList<>();
  final List<Boolean> connections = new CopyOnWriteArrayList<>();
  volatile Integer refused;

  /** What the server does on the n-th request (0-based). */
  volatile Behaviour[] behaviours;

  enum Behaviour {
    SEND_TWO_THEN_DROP,
    SEND_ALL_AND_HOLD,
    UNAVAILABLE,
    NOT_FOUND
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/api/chats/c1/events", this::serve);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/chats/c1/events");
  }

  void serve(HttpExchange exchange) throws IOException {
    int n = requests.getAndIncrement();
    Behaviour behaviour = behaviours[Math.min(n, behaviours.length - 1)];
    String lastId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
    lastIdsAsked.add(String.valueOf(lastId));
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    if (behaviour == Behaviour.UNAVAILABLE || behaviour == Behaviour.NOT_FOUND) {
      exchange.sendResponseHeaders(behaviour == Behaviour.NOT_FOUND ? 404 : 503, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    int after = lastId == null ? 0 : Integer.parseInt(lastId);
    int sent = 0;
    for (int seq = after + 1; seq <= messages.size(); seq++) {
      write(out, "event: message\nid: " + seq + "\ndata: " + messages.get(seq - 1) + "\n\n");
      if (++sent == 2 && behaviour == Behaviour.SEND_TWO_THEN_DROP) {
        write(out, "event: typing\ndata: {\"party\":\"HANDLER\"}\n\n");
        exchange.close();
        return;
      }
    }
    try {
      while (true) {
        write(out, ": keep-alive\n\n");
        Thread.sleep(50);
      }
    } catch (IOException gone) {
      clientsGone.add("after " + after);
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  ChatEvents open(String after) {
    AtomicInteger token = new AtomicInteger();
    return ChatEvents.reading(uri())
        .headers(() -> Map.of("Authorization", "Bearer t" + token.incrementAndGet()))
        .after(after)
        .backoff(FAST, FAST.multipliedBy(4))
        .onEvent(received::add)
        .onConnection(connections::add)
        .onRefused(status -> refused = status)
        .open();
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("Not so within 20 seconds");
      }
      Thread.sleep(20);
    }
  }

  List<String> messageData() {
    return received.stream().filter(e -> e.name().equals("message")).map(e -> e.data()).toList();
  }

  @Test
  void afterADropItResumesFromTheLastIdWithFreshHeadersAndNothingIsLostOrRepeated()
      throws Exception {
    messages.addAll(List.of("my bike was stolen", "no"));
    behaviours = new Behaviour[] {Behaviour.SEND_TWO_THEN_DROP, Behaviour.SEND_ALL_AND_HOLD};
    try (ChatEvents events = open(null)) {
      await(() -> messageData().size() == 4);

      assertThat(messageData())
          .containsExactly("hello", "what happened?", "my bike was stolen", "no");
      assertThat(received.stream().map(ChatEvents.Event::name))
          .containsExactly("message", "message", "typing", "message", "message");
      assertThat(lastIdsAsked).containsExactly("null", "2");
      assertThat(authorizations).containsExactly("Bearer t1", "Bearer t2");
      assertThat(events.lastEventId()).isEqualTo("4");
      assertThat(events.connections()).isEqualTo(2);
      assertThat(connections).containsExactly(true, false, true);
    }
  }

  @Test
  void aReaderStartedAfterAnIdAsksOnlyForWhatCameLater() throws Exception {
    behaviours = new Behaviour[] {Behaviour.SEND_ALL_AND_HOLD};
    try (ChatEvents events = open("1")) {
      await(() -> messageData().size() == 1);
      assertThat(lastIdsAsked).containsExactly("1");
      assertThat(messageData()).containsExactly("what happened?");
    }
  }

  @Test
  void whileTheServerIsUnavailableItKeepsTryingAndKeepsItsPlace() throws Exception {
    behaviours =
        new Behaviour[] {
          Behaviour.SEND_TWO_THEN_DROP,
          Behaviour.UNAVAILABLE,
          Behaviour.UNAVAILABLE,
          Behaviour.SEND_ALL_AND_HOLD
        };
    messages.add("still there?");
    try (ChatEvents events = open(null)) {
      await(() -> messageData().size() == 3);
      assertThat(lastIdsAsked).containsExactly("null", "2", "2", "2");
      assertThat(messageData()).containsExactly("hello", "what happened?", "still there?");
    }
  }

  @Test
  void closingItDropsTheConnectionAndItNeverComesBack() throws Exception {
    behaviours = new Behaviour[] {Behaviour.SEND_ALL_AND_HOLD};
    ChatEvents events = open(null);
    await(() -> messageData().size() == 2);

    events.close();

    await(() -> !clientsGone.isEmpty());
    Thread.sleep(FAST.multipliedBy(10).toMillis()); // many times the wait before a retry
    assertThat(requests.get()).isEqualTo(1);
    assertThat(events.closed()).isTrue();
  }

  @Test
  void aChatThatIsNotThereIsNotAskedForAgain() throws Exception {
    behaviours = new Behaviour[] {Behaviour.NOT_FOUND, Behaviour.SEND_ALL_AND_HOLD};
    ChatEvents events = open(null);
    await(() -> refused != null);
    Thread.sleep(FAST.multipliedBy(10).toMillis());
    assertThat(refused).isEqualTo(404);
    assertThat(requests.get()).isEqualTo(1);
    assertThat(events.closed()).isTrue();
    assertThat(received).isEmpty();
  }
}

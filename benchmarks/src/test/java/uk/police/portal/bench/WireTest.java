package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's client against the JDK's own HTTP server: requests, streams, refusals. */
class WireTest {

  private HttpServer server;
  private Wire wire;
  private final CountDownLatch releaseStream = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/api/echo",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String answer =
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("Chat-Token")
                  + " "
                  + new String(body, StandardCharsets.UTF_8);
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(201, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.createContext(
        "/api/events",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0); // chunked
          OutputStream out = exchange.getResponseBody();
          out.write(
              "event: message\nid: 1\ndata: {\"seq\":1}\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          out.write(": keep-alive\n\nevent: typing\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            releaseStream.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    server.createContext(
        "/api/gone",
        exchange -> {
          byte[] bytes = "{\"detail\":\"There is no chat here.\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    wire = new Wire(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api"));
  }

  @AfterEach
  void stop() throws InterruptedException {
    releaseStream.countDown();
    wire.close();
    server.stop(0);
  }

  @Test
  void requestsOneAfterAnotherShareOneKeptAliveConnection() throws Exception {
    for (int i = 0; i < 5; i++) {
      Wire.Reply reply =
          wire.send("POST", "/echo", Map.of("Chat-Token", "t" + i), "{\"n\":" + i + "}")
              .get(10, TimeUnit.SECONDS);
      assertThat(reply).isEqualTo(new Wire.Reply(201, "POST t" + i + " {\"n\":" + i + "}"));
    }
    assertThat(wire.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void manyRequestsAtOnceAllGetTheirOwnAnswer() throws Exception {
    List<CompletableFuture<Wire.Reply>> replies = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 300; i++) {
      replies.add(wire.send("POST", "/echo", Map.of("Chat-Token", "t" + i), "" + i));
    }
    for (int i = 0; i < 300; i++) {
      assertThat(replies.get(i).get(20, TimeUnit.SECONDS).body()).isEqualTo("POST t" + i + " " + i);
    }
  }

  @Test
  void aStreamPassesEachEventOnAsItArrivesAndSaysWhenItEnds() throws Exception {
    Recorder recorder = new Recorder();
    wire.open("/events", Map.of(), recorder);
    assertThat(recorder.twoEvents.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.log).containsExactly("opened", "message 1 {\"seq\":1}", "typing null {}");
    releaseStream.countDown();
    assertThat(recorder.ended.get(10, TimeUnit.SECONDS)).isEqualTo("the server ended the stream");
  }

  @Test
  void aRefusedStreamGivesTheStatusAndTheProblem() throws Exception {
    Recorder recorder = new Recorder();
    wire.open("/gone", Map.of(), recorder);
    assertThat(recorder.ended.get(10, TimeUnit.SECONDS))
        .isEqualTo("refused 404 {\"detail\":\"There is no chat here.\"}");
    assertThat(recorder.log).isEmpty();
  }

  @Test
  void aStreamClosedByTheBenchSaysNothingMore() throws Exception {
    Recorder recorder = new Recorder();
    Wire.Stream stream = wire.open("/events", Map.of(), recorder);
    assertThat(recorder.twoEvents.await(10, TimeUnit.SECONDS)).isTrue();
    stream.close();
    Thread.sleep(300);
    assertThat(recorder.ended).isNotDone();
    assertThat(wire.connections()).isZero();
  }

  @Test
  void nothingListeningIsARefusalWithoutStatus() throws Exception {
    server.stop(0);
    Recorder recorder = new Recorder();
    wire.open("/events", Map.of(), recorder);
    assertThat(recorder.ended.get(10, TimeUnit.SECONDS)).startsWith("refused 0 ");
  }

  private static final class Recorder implements Wire.StreamListener {
    final List<String> log = new CopyOnWriteArrayList<>();
    final CountDownLatch twoEvents = new CountDownLatch(2);
    final CompletableFuture<String> ended = new CompletableFuture<>();

    @Override
    public void opened() {
      log.add("opened");
    }

    @Override
    public void refused(int status, String body) {
      ended.complete("refused " + status + " " + body);
    }

    @Override
    public void event(SseParser.Event event, long arrivalNanos) {
      log.add(event.name() + " " + event.id() + " " + event.data());
      twoEvents.countDown();
    }

    @Override
    public void ended(String why) {
      ended.complete(why);
    }
  }
}

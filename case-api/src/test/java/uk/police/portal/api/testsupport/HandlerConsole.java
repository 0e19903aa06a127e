package uk.police.portal.api.testsupport;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A contact handler's console as the browser holds it: the Server-Sent Events stream of {@code
 * /chat/handlers/me/events}, reconnected with a fresh token whenever the server closes it (it does
 * when the token expires). While it is open the handler counts as connected. With {@code answering}
 * on it greets every chat it is given, as a handler would, so that no chat counts as unanswered;
 * {@link #close} is the handler's browser going away.
 */
public final class HandlerConsole implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One event as it arrived. */
  public record Event(String name, String data) {
    public JsonObject json() {
      return Keycloak.json(data);
    }
  }

  private final URL api;
  private final String username;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstConnect = new CountDownLatch(1);
  private volatile boolean answering;
  private volatile boolean open = true;
  private volatile Stream<String> lines;
  private final Thread reader;

  private HandlerConsole(URL api, String username, boolean answering) {
    this.api = api;
    this.username = username;
    this.answering = answering;
    this.reader = new Thread(this::readWhileOpen, "console-" + username);
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the console and waits until the server has answered the stream. */
  public static HandlerConsole open(URL api, String username, boolean answering) {
    HandlerConsole console = new HandlerConsole(api, username, answering);
    try {
      if (!console.firstConnect.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError(username + "'s console stream did not open");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return console;
  }

  public void answering(boolean on) {
    answering = on;
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  public List<Event> events(String name) {
    return events.stream().filter(e -> e.name().equals(name)).toList();
  }

  private void readWhileOpen() {
    while (open) {
      try {
        stream();
      } catch (IOException | RuntimeException e) {
        if (open) {
          Poll.pause(Duration.ofMillis(500));
        }
      }
    }
  }

  private void stream() throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.toString()).resolve("chat/handlers/me/events"))
            .header("Accept", "text/event-stream")
            .header("Authorization", "Bearer " + Tokens.of(username))
            .GET()
            .build();
    HttpResponse<Stream<String>> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    try (Stream<String> body = response.body()) {
      lines = body;
      firstConnect.countDown();
      if (response.statusCode() != 200) {
        throw new IOException(username + "'s console stream answered " + response.statusCode());
      }
      if (!open) {
        return;
      }
      String name = "message";
      StringBuilder data = new StringBuilder();
      for (Iterator<String> it = body.iterator(); open && it.hasNext(); ) {
        String line = it.next();
        if (line.isEmpty()) {
          if (data.length() > 0) {
            arrived(new Event(name, data.toString()));
          }
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
        }
      }
    }
  }

  private void arrived(Event event) {
    events.add(event);
    if (answering && event.name().equals("assigned")) {
      String chatId = event.json().getString("id");
      LiveChats.handlerSays(
          api, chatId, username, "Hello, I'm " + username + ". I am here to help.");
    }
  }

  /**
   * The handler's browser goes away: the stream closes at once and is not reopened. (Closing an
   * HttpURLConnection that another thread is reading waited for the server's next keep-alive, up to
   * 20 s; the JDK HttpClient's stream closes the connection straight away.)
   */
  @Override
  public void close() {
    open = false;
    Stream<String> current = lines;
    if (current != null) {
      current.close();
    }
    reader.interrupt();
  }
}

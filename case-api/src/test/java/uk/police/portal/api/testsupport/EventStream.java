package uk.police.portal.api.testsupport;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client as a browser's EventSource reads a stream: events with their name, id
 * and data, comments kept apart. Reads on its own thread until closed.
 */
public final class EventStream implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One event as the server sent it; {@code id} is null when it had none. */
  public record Event(String name, String id, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
  private final HttpResponse<Stream<String>> response;
  private final CompletableFuture<Void> reading;

  private EventStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    this.reading = CompletableFuture.runAsync(this::read);
  }

  /** Opens {@code path} with these request headers (Authorization, Chat-Token, Last-Event-ID). */
  public static EventStream open(URL base, String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Accept", "text/event-stream");
    headers.forEach(request::header);
    try {
      return new EventStream(
          CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int status() {
    return response.statusCode();
  }

  /** The body of a refusal (a stream that did not open). */
  public String body() {
    endedWithin(Duration.ofSeconds(10));
    StringBuilder body = new StringBuilder();
    Event e;
    while ((e = events.poll()) != null) {
      body.append(e.data());
    }
    return body.toString();
  }

  /** The next event of this name, waiting up to {@code timeout}; null if none came. */
  public Event next(String name, Duration timeout) {
    return next(e -> e.name().equals(name), timeout);
  }

  public Event next(Predicate<Event> wanted, Duration timeout) {
    Instant giveUp = Instant.now().plus(timeout);
    try {
      while (Instant.now().isBefore(giveUp)) {
        Event event =
            events.poll(Duration.between(Instant.now(), giveUp).toMillis(), TimeUnit.MILLISECONDS);
        if (event != null && wanted.test(event)) {
          return event;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  /** Every event of this name that arrives within {@code quiet} of the one before. */
  public List<Event> drain(String name, Duration quiet) {
    List<Event> all = new ArrayList<>();
    Event event;
    while ((event = next(name, quiet)) != null) {
      all.add(event);
    }
    return all;
  }

  /** The next comment line (": keep-alive" gives "keep-alive"); null if none came in time. */
  public String nextComment(Duration timeout) {
    try {
      return comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Whether the server ended the stream within {@code timeout}. */
  public boolean endedWithin(Duration timeout) {
    try {
      reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return reading.isDone();
    }
  }

  @Override
  public void close() {
    response.body().close();
  }

  private void read() {
    String name = "message";
    String id = null;
    StringBuilder data = new StringBuilder();
    boolean hasData = false;
    try (Stream<String> lines = response.body()) {
      var it = lines.iterator();
      if (response.statusCode() != 200) {
        it.forEachRemaining(line -> events.add(new Event("error", null, line)));
        return;
      }
      while (it.hasNext()) {
        String line = it.next();
        if (line.isEmpty()) {
          if (hasData) {
            events.add(new Event(name, id, data.toString()));
          }
          name = "message";
          id = null;
          data.setLength(0);
          hasData = false;
        } else if (line.startsWith(":")) {
          comments.add(line.substring(1).strip());
        } else {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1);
          value = value.startsWith(" ") ? value.substring(1) : value;
          switch (field) {
            case "event" -> name = value;
            case "id" -> id = value;
            case "data" -> {
              if (hasData) {
                data.append('\n');
              }
              data.append(value);
              hasData = true;
            }
            default -> {}
          }
        }
      }
    } catch (RuntimeException closed) {
      // closed by the client or the server
    }
  }
}

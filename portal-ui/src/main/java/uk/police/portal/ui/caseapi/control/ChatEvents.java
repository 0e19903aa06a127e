package uk.police.portal.ui.caseapi.control;

import jakarta.json.bind.JsonbException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads one of case-api's Server-Sent Events streams ({@code /chats/{id}/events} for either side,
 * {@code /chat/handlers/me/events} for a console) and keeps it going: after a drop it reconnects
 * with {@code Last-Event-ID} set to the last id it saw, so case-api sends exactly what was missed,
 * waiting 1, 2, 4… up to 15 seconds between tries. Each connection asks {@code headers} afresh, so
 * a caller can give a new bearer token every time (read it on a request thread beforehand and hand
 * it over; the supplier runs on a background thread).
 *
 * <p>Nothing holds a thread while the stream is quiet (the JDK HttpClient reads asynchronously).
 * Listeners run on the client's threads, one event at a time and in order; a Vaadin view must go
 * through {@code UI.access}. 404 and 403 end the reading for good: the chat is gone or not theirs.
 * {@link #close()} stops it at once, also between tries.
 */
public final class ChatEvents implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ChatEvents.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  /** One event: its name ("message", "typing", "receipt", "queue", …), id (or null) and data. */
  public record Event(String name, String id, String data) {

    /** The data as JSON read into a record of case-api's (see caseapi.entity). */
    public <T> T as(Class<T> type) {
      try {
        return CaseApiClient.Json.JSONB.fromJson(data, type);
      } catch (JsonbException e) {
        throw new CaseApiUnavailableException("case-api sent an event that cannot be read", e);
      }
    }
  }

  private final URI uri;
  private final Supplier<Map<String, String>> headers;
  private final Consumer<Event> onEvent;
  private final Consumer<Boolean> onConnection;
  private final Consumer<Integer> onRefused;
  private final Backoff backoff;

  private volatile String lastEventId;
  private volatile boolean closed;
  private volatile boolean connected;
  private volatile CompletableFuture<?> exchange;
  private volatile Flow.Subscription subscription;
  private volatile int connections;

  private ChatEvents(Builder builder) {
    this.uri = builder.uri;
    this.headers = builder.headers;
    this.onEvent = builder.onEvent;
    this.onConnection = builder.onConnection;
    this.onRefused = builder.onRefused;
    this.lastEventId = builder.lastEventId;
    this.backoff = new Backoff(builder.firstDelay, builder.longestDelay);
  }

  /** Starts describing a reader of the stream at {@code uri}; {@link Builder#open()} starts it. */
  public static Builder reading(URI uri) {
    return new Builder(uri);
  }

  /** The id of the last event that had one: where a reconnect resumes. */
  public String lastEventId() {
    return lastEventId;
  }

  public boolean connected() {
    return connected;
  }

  /** How many times it has connected (for tests and logs). */
  public int connections() {
    return connections;
  }

  public boolean closed() {
    return closed;
  }

  /** Stops reading and never reconnects. Safe to call more than once, from any thread. */
  @Override
  public void close() {
    closed = true;
    Flow.Subscription reading = subscription;
    if (reading != null) {
      reading.cancel();
    }
    CompletableFuture<?> pending = exchange;
    if (pending != null) {
      pending.cancel(true);
    }
  }

  private void connect() {
    if (closed) {
      return;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    try {
      headers
          .get()
          .forEach(
              (name, value) -> {
                if (value != null) {
                  request.setHeader(name, value);
                }
              });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No headers for the event stream at " + uri + "; trying later", e);
      retryLater();
      return;
    }
    String resumeFrom = lastEventId;
    if (resumeFrom != null) {
      request.setHeader("Last-Event-ID", resumeFrom);
    }
    Lines lines = new Lines();
    exchange =
        HTTP.sendAsync(request.build(), info -> bodyOf(info, lines))
            .whenComplete(
                (response, failure) ->
                    ended(response == null ? null : response.statusCode(), failure));
    if (closed) {
      exchange.cancel(true);
    }
  }

  private HttpResponse.BodySubscriber<Integer> bodyOf(HttpResponse.ResponseInfo info, Lines lines) {
    int status = info.statusCode();
    if (status != 200) {
      return BodySubscribers.replacing(status);
    }
    connections++;
    connected = true;
    notifyConnection(true);
    return BodySubscribers.fromLineSubscriber(lines, ignored -> 200, StandardCharsets.UTF_8, null);
  }

  private void ended(Integer status, Throwable failure) {
    boolean wasConnected = connected;
    connected = false;
    subscription = null;
    if (closed) {
      return;
    }
    if (wasConnected) {
      notifyConnection(false);
    }
    if (status != null && (status == 404 || status == 403)) {
      closed = true;
      LOG.fine(() -> "Event stream at " + uri + " refused with " + status + "; not reconnecting");
      onRefused.accept(status);
      return;
    }
    if (failure != null) {
      LOG.fine(() -> "Event stream at " + uri + " dropped: " + failure);
    } else if (status != null && status != 200) {
      LOG.fine(() -> "Event stream at " + uri + " answered " + status);
    }
    retryLater();
  }

  private void retryLater() {
    Duration wait = backoff.next();
    CompletableFuture.runAsync(
        this::connect, CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS));
  }

  private void notifyConnection(boolean up) {
    try {
      onConnection.accept(up);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A chat event listener failed", e);
    }
  }

  private void deliver(Event event) {
    try {
      onEvent.accept(event);
    } catch (RuntimeException e) {
      // One listener's mistake must not end the stream for the person reading it.
      LOG.log(Level.WARNING, "A chat event listener failed on " + event.name(), e);
    }
    if (event.id() != null) {
      lastEventId = event.id();
    }
  }

  /** The lines of one connection. */
  private final class Lines implements Flow.Subscriber<String> {
    private final EventLines parser = new EventLines();

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      ChatEvents.this.subscription = subscription;
      if (closed) {
        subscription.cancel();
        return;
      }
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (closed) {
        return;
      }
      // Anything at all (a keep-alive too) shows the connection works: start the waits afresh.
      backoff.reset();
      parser.line(line).ifPresent(ChatEvents.this::deliver);
    }

    @Override
    public void onError(Throwable failure) {
      // The exchange completes exceptionally too; ended() handles it.
    }

    @Override
    public void onComplete() {
      // The server closed the stream; ended() reconnects.
    }
  }

  /** What to read and whom to tell. */
  public static final class Builder {
    private final URI uri;
    private Supplier<Map<String, String>> headers = Map::of;
    private Consumer<Event> onEvent = event -> {};
    private Consumer<Boolean> onConnection = up -> {};
    private Consumer<Integer> onRefused = status -> {};
    private String lastEventId;
    private Duration firstDelay = Duration.ofSeconds(1);
    private Duration longestDelay = Duration.ofSeconds(15);

    private Builder(URI uri) {
      this.uri = Objects.requireNonNull(uri);
    }

    /** Asked at every (re)connect, on a background thread; null values are left out. */
    public Builder headers(Supplier<Map<String, String>> headers) {
      this.headers = Objects.requireNonNull(headers);
      return this;
    }

    /** Resume after this id (a page reload keeps what it has already shown). */
    public Builder after(String lastEventId) {
      this.lastEventId = lastEventId;
      return this;
    }

    public Builder onEvent(Consumer<Event> onEvent) {
      this.onEvent = Objects.requireNonNull(onEvent);
      return this;
    }

    /** true when a stream opened, false when it dropped (a reconnect follows). */
    public Builder onConnection(Consumer<Boolean> onConnection) {
      this.onConnection = Objects.requireNonNull(onConnection);
      return this;
    }

    /** 404 or 403: the stream will not be read again. */
    public Builder onRefused(Consumer<Integer> onRefused) {
      this.onRefused = Objects.requireNonNull(onRefused);
      return this;
    }

    /** Waits between tries: {@code first}, doubling up to {@code longest}. */
    public Builder backoff(Duration first, Duration longest) {
      this.firstDelay = first;
      this.longestDelay = longest;
      return this;
    }

    public ChatEvents open() {
      ChatEvents events = new ChatEvents(this);
      events.connect();
      return events;
    }
  }
}

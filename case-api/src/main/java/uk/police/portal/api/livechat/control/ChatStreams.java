package uk.police.portal.api.livechat.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.api.livechat.control.Messages.ChatUpdate;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.MessageView;
import uk.police.portal.api.livechat.entity.QueuePlace;
import uk.police.portal.api.platform.control.DependencyUnavailableException;

/**
 * This node's open SSE streams, per chat and per handler console.
 *
 * <p>The database is the only source of messages: a stream remembers the last sequence number it
 * sent, and on any signal for its chat the node reads the messages after the lowest of those
 * numbers once for all the chat's streams here, and sends each stream the ones it has not had. The
 * reads and sends of one chat run one at a time, so a stream never gets a number twice or out of
 * order, and a signal that arrives during a read causes one more read, so none is missed.
 */
@ApplicationScoped
public class ChatStreams {

  /** Threads that read and send; a chat's work runs on one of them at a time. */
  static final int SENDERS = 4;

  static final Duration KEEP_ALIVE = Duration.ofSeconds(20);
  static final Duration CLOSE_AFTER_END = Duration.ofSeconds(5);
  static final String BUSY =
      "The chat service is very busy right now. Please try again in a minute; your chat and its"
          + " messages are kept.";

  private static final Logger LOG = Logger.getLogger(ChatStreams.class.getName());

  /** Who a stream belongs to; it decides what the stream may be sent. */
  public enum Audience {
    CITIZEN,
    STAFF,
    ALL;

    boolean includes(Audience party) {
      return this == ALL || this == party;
    }
  }

  @Inject Messages messages;
  @Inject ChatSettings settings;

  @Inject
  @ConfigProperty(name = "portal.chat.max-streams", defaultValue = "15000")
  int maxStreams;

  /**
   * Container threads (transactions and CDI work on them), but a plain pool: a managed executor
   * captures the caller's context on every task, which Payara does with a class-path service
   * lookup, about a tenth of the server's CPU at 200 messages a second in {@code bench/chat}.
   */
  @Resource ManagedThreadFactory threads;

  private ExecutorService executor;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<String, ChatChannel> chats = new ConcurrentHashMap<>();
  private final Map<String, Set<Stream>> consoles = new ConcurrentHashMap<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicBoolean keepingAlive = new AtomicBoolean();
  private volatile Jsonb jsonb;
  private volatile ScheduledFuture<?> keepAlive;
  private volatile ScheduledFuture<?> queuePlaces;

  /**
   * Opens a chat stream and sends it everything after {@code afterSeq}, then what comes. {@code
   * handler} is the contact handler the stream follows the chat for (it closes when the chat is no
   * longer theirs); null for the citizen and supervisors. {@code closeAt}: their token's expiry.
   */
  public void openChatStream(
      String chatId,
      Audience party,
      String handler,
      int afterSeq,
      SseEventSink sink,
      Sse sse,
      Instant closeAt) {
    Stream stream = reserve(new Stream(chatId, party, handler, afterSeq, sink, sse));
    chats.compute(
        chatId,
        (id, channel) -> {
          ChatChannel kept = channel == null ? new ChatChannel(id) : channel;
          kept.streams.add(stream);
          return kept;
        });
    opened(stream, closeAt);
    // Registered first, then read: whatever commits from now on signals this stream too.
    chatChanged(chatId);
  }

  /** A handler's console stream; it closes at {@code expiresAt} (their token's expiry). */
  public void openHandlerStream(String username, SseEventSink sink, Sse sse, Instant expiresAt) {
    Stream stream = reserve(new Stream(null, Audience.STAFF, username, 0, sink, sse));
    consoles.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(stream);
    opened(stream, expiresAt);
  }

  /** Handlers whose console is connected to this node: the sweep keeps them "seen". */
  public Set<String> connectedHandlers() {
    return consoles.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(s -> !s.closed()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Streams open on this node, of chats and consoles. */
  public int openStreams() {
    return open.get();
  }

  /** Something was stored in a chat: its streams here read what they have not sent yet. */
  public void chatChanged(String chatId) {
    ChatChannel channel = chats.get(chatId);
    if (channel != null && channel.wanted.getAndIncrement() == 0) {
      executor.execute(() -> drain(channel));
    }
  }

  /** An event that is not stored (typing, receipt) to this node's streams of a chat. */
  public void transientEvent(String chatId, Audience audience, String name, String json) {
    ChatChannel channel = chats.get(chatId);
    if (channel == null) {
      return;
    }
    List<Stream> to = channel.streams.stream().filter(s -> audience.includes(s.party)).toList();
    if (!to.isEmpty()) {
      executor.execute(() -> to.forEach(s -> s.send(s.event(name, json))));
    }
  }

  /** An event to a handler's consoles on this node: assigned, unassigned, handler. */
  public void handlerEvent(String username, String name, String json) {
    Set<Stream> to = consoles.get(username);
    if (to != null && !to.isEmpty()) {
      List<Stream> copy = List.copyOf(to);
      executor.execute(() -> copy.forEach(s -> s.send(s.event(name, json))));
    }
  }

  /**
   * Sends the waiting chats' streams on this node their place in the queue when it changed. Runs on
   * every node as often as the routing sweep.
   */
  public void refreshQueuePlaces() {
    if (chats.isEmpty()) {
      return;
    }
    Map<String, QueuePlace> places = messages.places(List.copyOf(chats.keySet()));
    places.forEach(
        (chatId, place) -> {
          ChatChannel channel = chats.get(chatId);
          if (channel != null) {
            channel.streams.forEach(s -> s.offerPlace(place, jsonb()));
          }
        });
  }

  /**
   * After signals may have been missed (the database listener reconnected): every chat stream reads
   * again, and consoles close so that handlers' screens reconnect and reload their chats.
   */
  public void resync() {
    chats.keySet().forEach(this::chatChanged);
    consoles.values().forEach(set -> List.copyOf(set).forEach(Stream::close));
  }

  private Jsonb jsonb() {
    if (jsonb == null) {
      synchronized (this) {
        if (jsonb == null) {
          jsonb = JsonbBuilder.create();
        }
      }
    }
    return jsonb;
  }

  private void drain(ChatChannel channel) {
    while (true) {
      int seen = channel.wanted.get();
      try {
        pump(channel);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not bring the streams of a chat up to date", e);
      }
      if (channel.wanted.compareAndSet(seen, 0)) {
        return;
      }
    }
  }

  private void pump(ChatChannel channel) {
    List<Stream> live = new ArrayList<>(channel.streams);
    live.removeIf(Stream::closed);
    if (live.isEmpty()) {
      return;
    }
    int from = live.stream().mapToInt(s -> s.lastSent).min().orElse(0);
    ChatUpdate update = messages.update(channel.chatId, from);
    Chat chat = update.chat();
    if (chat == null) {
      live.forEach(Stream::close);
      return;
    }
    for (Stream stream : live) {
      if (!stream.mayStillSee(chat)) {
        stream.close();
        continue;
      }
      for (ChatMessage message : update.messages()) {
        stream.deliver(message, jsonb());
      }
      update.place().ifPresent(place -> stream.offerPlace(place, jsonb()));
      if (chat.state() == ChatState.ENDED && stream.lastSent >= chat.lastSeq()) {
        stream.closeIn(CLOSE_AFTER_END);
      }
    }
  }

  private Stream reserve(Stream stream) {
    if (open.incrementAndGet() > maxStreams) {
      open.decrementAndGet();
      LOG.warning(() -> "Refused a chat stream: " + maxStreams + " streams open on this node");
      throw new DependencyUnavailableException("chat streams", BUSY);
    }
    startKeepAlive();
    return stream;
  }

  /** A first line, so the client knows at once that the stream is open. */
  private void opened(Stream stream, Instant closeAt) {
    stream.closeAt(closeAt);
    stream.send(stream.sse.newEventBuilder().comment("open").build());
  }

  /** Keep-alives, and the waiting chats' places as often as the routing sweep runs. */
  private void startKeepAlive() {
    if (keepingAlive.compareAndSet(false, true)) {
      long every = KEEP_ALIVE.toSeconds();
      keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, every, every, TimeUnit.SECONDS);
      long sweep = settings.sweepEvery().toMillis();
      queuePlaces =
          scheduler.scheduleWithFixedDelay(
              this::refreshQueuePlacesSafely, sweep, sweep, TimeUnit.MILLISECONDS);
    }
  }

  private void refreshQueuePlacesSafely() {
    try {
      refreshQueuePlaces();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Queue places not refreshed this time", e);
    }
  }

  /** A comment line on every stream: proxies keep the connection and dead clients show up. */
  private void keepAlive() {
    try {
      chats.values().forEach(c -> c.streams.forEach(Stream::keepAlive));
      consoles.values().forEach(set -> set.forEach(Stream::keepAlive));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Keep-alive round failed", e);
    }
  }

  @PostConstruct
  void startSenders() {
    AtomicInteger count = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            SENDERS,
            task -> {
              Thread thread = threads.newThread(task);
              thread.setName("portal-chat-stream-" + count.incrementAndGet());
              return thread;
            });
  }

  @PreDestroy
  void stop() {
    executor.shutdown();
    if (keepAlive != null) {
      keepAlive.cancel(false);
      queuePlaces.cancel(false);
    }
    chats.values().forEach(c -> List.copyOf(c.streams).forEach(Stream::close));
    consoles.values().forEach(set -> List.copyOf(set).forEach(Stream::close));
  }

  private void forget(Stream stream) {
    open.decrementAndGet();
    if (stream.chatId == null) {
      consoles.computeIfPresent(
          stream.username,
          (u, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
          });
    } else {
      chats.computeIfPresent(
          stream.chatId,
          (id, channel) -> {
            channel.streams.remove(stream);
            return channel.streams.isEmpty() ? null : channel;
          });
    }
  }

  /** The streams of one chat on this node, and the signals not yet read for them. */
  private static final class ChatChannel {
    final String chatId;
    final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    final AtomicInteger wanted = new AtomicInteger();

    ChatChannel(String chatId) {
      this.chatId = chatId;
    }
  }

  /** One open SSE connection. Sends are serialised on the stream itself. */
  private final class Stream {
    final String chatId;
    final Audience party;
    final String username;
    final SseEventSink sink;
    final Sse sse;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Written only by the chat's drain, which runs one at a time.
    int lastSent;
    private QueuePlace lastPlace;
    private ScheduledFuture<?> closer;

    Stream(String chatId, Audience party, String username, int after, SseEventSink sink, Sse sse) {
      this.chatId = chatId;
      this.party = party;
      this.username = username;
      this.lastSent = after;
      this.sink = sink;
      this.sse = sse;
    }

    /** A handler's stream follows the chat only while it is theirs; everyone else's always. */
    boolean mayStillSee(Chat chat) {
      if (chatId == null || username == null) {
        return true;
      }
      return chat.isAssignedTo(username)
          || (chat.state() == ChatState.ENDED && username.equals(chat.handledBy()));
    }

    void deliver(ChatMessage message, Jsonb json) {
      if (message.seq() <= lastSent) {
        return;
      }
      if (party == Audience.CITIZEN && !message.visibleToCitizen()) {
        lastSent = message.seq();
        return;
      }
      OutboundSseEvent event =
          sse.newEventBuilder()
              .name("message")
              .id(String.valueOf(message.seq()))
              .data(json.toJson(MessageView.of(message)))
              .build();
      if (send(event)) {
        lastSent = message.seq();
      }
      if (message.kind() == MessageKind.ENDED) {
        closeIn(CLOSE_AFTER_END);
      }
    }

    synchronized void offerPlace(QueuePlace place, Jsonb json) {
      if (!Objects.equals(place, lastPlace)) {
        lastPlace = place;
        send(event("queue", json.toJson(place)));
      }
    }

    OutboundSseEvent event(String name, String json) {
      return sse.newEventBuilder().name(name).data(json).build();
    }

    synchronized boolean send(OutboundSseEvent event) {
      if (closed() || sink.isClosed()) {
        close();
        return false;
      }
      try {
        sink.send(event)
            .whenComplete(
                (done, failed) -> {
                  if (failed != null) {
                    close();
                  }
                });
        return true;
      } catch (RuntimeException gone) {
        close();
        return false;
      }
    }

    void keepAlive() {
      send(sse.newEventBuilder().comment("keep-alive").build());
    }

    boolean closed() {
      return closed.get();
    }

    synchronized void closeAt(Instant when) {
      if (when == null || when.equals(Instant.MAX)) {
        return;
      }
      long millis = Math.max(0, Duration.between(Instant.now(), when).toMillis());
      schedule(millis);
    }

    synchronized void closeIn(Duration after) {
      if (closer == null || closer.getDelay(TimeUnit.MILLISECONDS) > after.toMillis()) {
        schedule(after.toMillis());
      }
    }

    private void schedule(long millis) {
      if (closer != null) {
        closer.cancel(false);
      }
      closer = scheduler.schedule(this::close, millis, TimeUnit.MILLISECONDS);
    }

    void close() {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
      synchronized (this) {
        if (closer != null) {
          closer.cancel(false);
        }
      }
      try {
        sink.close();
      } catch (RuntimeException ignored) {
        // the client is already gone
      }
      forget(this);
    }
  }
}

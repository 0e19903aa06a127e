package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.UI;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.ChatEvents;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;

/**
 * The console's streams from case-api: the handler's own ({@code assigned}, {@code unassigned},
 * {@code handler}) and one per open chat. They are read on the HTTP client's threads and handed to
 * the console with {@code UI.access}. Calls to case-api that follow from an event (the handler's
 * screen received a message; reload after a reconnect) wait for the browser's next request, made at
 * once by a tiny script: on that request the session's token is fresh, and it is handed to the
 * streams for their next reconnect.
 */
final class ConsoleStreams implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ConsoleStreams.class.getName());

  /**
   * The page polls every 30 s (a hidden tab's timers run about once a minute). No request for this
   * long means the browser has gone without saying so (a closed laptop, a lost network): the
   * streams close, so case-api stops counting the handler as connected and, after its grace, gives
   * their chats to someone else. The next request opens them again.
   */
  static final Duration SILENCE = Duration.ofSeconds(150);

  private static final long WATCH_MILLIS = 15_000;

  /** The citizen's page says "typing" about this long after the last word. */
  private static final long TYPING_SHOWN_MILLIS = 6000;

  private final CaseApiClient caseApi;
  private final UI ui;
  private final HandlerConsoleView console;
  private final ConsoleToken token;
  private final Map<String, ChatEvents> chats = new ConcurrentHashMap<>();
  private final Map<String, Integer> receivedSent = new ConcurrentHashMap<>();
  private final AtomicBoolean askedForRequest = new AtomicBoolean();
  private volatile ChatEvents handler;
  private volatile boolean closed;
  private volatile boolean asleep;
  private volatile Instant lastRequest;

  ConsoleStreams(CaseApiClient caseApi, UI ui, HandlerConsoleView console) {
    this.caseApi = caseApi;
    this.ui = ui;
    this.console = console;
    this.token = new ConsoleToken(console.clock, this::askForRequest);
  }

  /** Opens the handler's stream and every open chat's; called on a request thread. */
  void start(Iterable<String> openChats) {
    handOverToken();
    openHandlerStream();
    openChats.forEach(this::openChat);
    watch();
  }

  /**
   * On a request thread: the session's (possibly just refreshed) token for the next reconnect. A
   * request after a long silence opens the streams again.
   */
  void handOverToken() {
    lastRequest = console.clock.instant();
    token.handOver(caseApi.bearerToken());
    askedForRequest.set(false);
    if (asleep && !closed) {
      asleep = false;
      openHandlerStream();
      console.open.keySet().forEach(this::openChat);
    }
  }

  private void watch() {
    CompletableFuture.runAsync(
        () -> {
          if (closed) {
            return;
          }
          if (!asleep && lastRequest.plus(SILENCE).isBefore(console.clock.instant())) {
            LOG.info("No request from a handler console for " + SILENCE + "; closing its streams");
            asleep = true;
            stopReading();
          }
          watch();
        },
        CompletableFuture.delayedExecutor(WATCH_MILLIS, TimeUnit.MILLISECONDS));
  }

  private void openHandlerStream() {
    handler =
        ChatEvents.reading(caseApi.handlerEventsUri())
            .headers(token::headers)
            .onEvent(this::handlerEvent)
            .onConnection(up -> whenConnected(up, () -> onNextRequest(console::reloadChats)))
            .open();
  }

  /** Reads a chat's messages from the first; does nothing when it is already read. */
  void openChat(String chatId) {
    if (closed || asleep) {
      return;
    }
    chats.computeIfAbsent(
        chatId,
        id ->
            ChatEvents.reading(caseApi.chatEventsUri(id))
                .headers(token::headers)
                .onEvent(event -> chatEvent(id, event))
                .onRefused(status -> closeChat(id))
                .open());
  }

  void closeChat(String chatId) {
    ChatEvents events = chats.remove(chatId);
    if (events != null) {
      events.close();
    }
    receivedSent.remove(chatId);
  }

  @Override
  public void close() {
    closed = true;
    stopReading();
  }

  private void stopReading() {
    ChatEvents reading = handler;
    if (reading != null) {
      reading.close();
    }
    chats.keySet().forEach(this::closeChat);
  }

  private void handlerEvent(ChatEvents.Event event) {
    switch (event.name()) {
      case "assigned" -> {
        LiveChat chat = event.as(LiveChat.class);
        access(() -> console.assigned(chat));
      }
      case "unassigned" -> {
        JsonObject data = event.as(JsonObject.class);
        String chatId = data.getString("chatId", null);
        String reason = data.getString("reason", null);
        access(() -> console.unassigned(chatId, reason));
      }
      case "handler" -> {
        ChatHandler now = event.as(ChatHandler.class);
        access(() -> console.handlerChanged(now));
      }
      default -> LOG.fine(() -> "Console ignores a handler event named " + event.name());
    }
  }

  private void chatEvent(String chatId, ChatEvents.Event event) {
    switch (event.name()) {
      case "message" -> {
        ChatMessage message = event.as(ChatMessage.class);
        access(() -> console.message(chatId, message));
        if (message.fromCitizen()) {
          acknowledge(chatId, message.seq());
        }
      }
      case "typing" -> {
        ChatTyping typing = event.as(ChatTyping.class);
        access(
            () -> {
              int count = console.typing(chatId, typing);
              CompletableFuture.runAsync(
                  () -> access(() -> console.typingStopped(chatId, count)),
                  CompletableFuture.delayedExecutor(TYPING_SHOWN_MILLIS, TimeUnit.MILLISECONDS));
            });
      }
      case "receipt" -> {
        ChatReceipt receipt = event.as(ChatReceipt.class);
        access(() -> console.receipt(chatId, receipt));
      }
      default -> LOG.finer(() -> "Console ignores a chat event named " + event.name());
    }
  }

  /** Tells case-api the handler's screen has the citizen's messages up to seq (for their ticks). */
  private void acknowledge(String chatId, int seq) {
    Integer before = receivedSent.put(chatId, Math.max(seq, receivedSent.getOrDefault(chatId, 0)));
    if (before != null && before >= seq) {
      return;
    }
    onNextRequest(
        () -> {
          Integer upTo = receivedSent.get(chatId);
          if (upTo != null && chats.containsKey(chatId)) {
            try {
              caseApi.handlerReceived(chatId, upTo);
            } catch (RuntimeException e) {
              LOG.fine(() -> "Could not tell case-api the handler received " + chatId + ": " + e);
            }
          }
        });
  }

  private void whenConnected(boolean up, Runnable then) {
    if (up) {
      then.run();
    }
  }

  private void askForRequest() {
    if (askedForRequest.compareAndSet(false, true)) {
      onNextRequest(() -> {});
    }
  }

  /**
   * Runs {@code work} on the browser's next request, which a one-line script makes at once: there
   * the session (and its refreshed token) is available, as it never is on a stream's thread.
   */
  private void onNextRequest(Runnable work) {
    access(
        () ->
            ui.getPage()
                .executeJs("return 1")
                .then(
                    answered -> {
                      handOverToken();
                      work.run();
                    }));
  }

  private void access(Runnable change) {
    if (closed) {
      return;
    }
    try {
      ui.access(change::run);
    } catch (com.vaadin.flow.component.UIDetachedException gone) {
      close();
    }
  }
}

package uk.police.portal.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One bench contact handler: their console stream (which keeps them connected and brings the chats
 * routing gives them), and a stream per assigned chat ({@link HandlerChat}). Their token is
 * refreshed when a stream is refused for it.
 */
final class BenchHandler implements Wire.StreamListener {

  final String username;
  private final ChatLoad load;
  private final Map<String, HandlerChat> chats = new ConcurrentHashMap<>();

  /** Completes when the console stream first opens. */
  final CompletableFuture<Void> connected = new CompletableFuture<>();

  private volatile KeycloakAccounts.Tokens tokens;
  private boolean everOpened;

  BenchHandler(ChatLoad load, String username, KeycloakAccounts.Tokens tokens) {
    this.load = load;
    this.username = username;
    this.tokens = tokens;
  }

  Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer " + tokens.access());
  }

  ChatLoad load() {
    return load;
  }

  /** Their first call makes their handler row (AWAY, the default limit). */
  CompletableFuture<Wire.Reply> introduce() {
    return load.wire.send("GET", "/chat/handlers/me", bearer(), null);
  }

  void openConsole() {
    load.wire.open("/chat/handlers/me/events", bearer(), this);
  }

  CompletableFuture<Wire.Reply> becomeAvailable() {
    return load.wire.send(
        "PUT", "/chat/handlers/me/availability", bearer(), "{\"availability\":\"AVAILABLE\"}");
  }

  int chats() {
    return chats.size();
  }

  @Override
  public void opened() {
    if (everOpened) {
      load.reconnects.incrementAndGet();
      reloadChats();
    }
    everOpened = true;
    connected.complete(null);
  }

  /**
   * After a reconnect the contract says: reload the assigned chats, one may have come meanwhile.
   */
  private void reloadChats() {
    load.wire
        .send("GET", "/chat/handlers/me/chats", bearer(), null)
        .thenAccept(
            reply -> {
              if (reply.status() == 200) {
                Json.createReader(new StringReader(reply.body()))
                    .readArray()
                    .forEach(chat -> take(chat.asJsonObject().getString("id")));
              }
            });
  }

  @Override
  public void event(SseParser.Event event, long arrivalNanos) {
    switch (event.name()) {
      case "assigned" -> take(ChatLoad.json(event.data()).getString("id"));
      case "unassigned" -> {
        String chatId = ChatLoad.json(event.data()).getString("chatId");
        load.returned.incrementAndGet();
        HandlerChat chat = chats.remove(chatId);
        if (chat != null) {
          chat.drop();
        }
      }
      default -> {
        // "handler": their own view after a change
      }
    }
  }

  private void take(String chatId) {
    chats.computeIfAbsent(chatId, id -> new HandlerChat(this, id)).open();
  }

  @Override
  public void refused(int status, String body) {
    if (status == 401) {
      refreshThen(this::openConsole);
    } else if (status == 0 && !load.stopping()) {
      load.after(1000, this::openConsole);
    } else {
      load.problem(username + "'s console was refused: " + status + " " + ChatLoad.shortened(body));
      connected.completeExceptionally(new IllegalStateException("console refused: " + status));
    }
  }

  @Override
  public void ended(String why) {
    load.after(200, this::openConsole);
  }

  /** New tokens (on the bench's waiting thread, never the selector's), then the task. */
  void refreshThen(Runnable task) {
    load.after(
        0,
        () -> {
          try {
            tokens = load.keycloak.refresh(tokens);
          } catch (Exception e) {
            load.problem(username + "'s token could not be refreshed: " + e.getMessage());
            return;
          }
          task.run();
        });
  }
}

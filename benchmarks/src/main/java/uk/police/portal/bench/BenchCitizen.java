package uk.police.portal.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One bench chat seen from the citizen's side, anonymous: starts the chat, talks the bot into a
 * hand-over with {@link ChatScript} from its stream of events, then keeps the stream open (and
 * reopens it with Last-Event-ID if it ends) while the bench sends the measured messages.
 */
final class BenchCitizen implements Wire.StreamListener {

  private static final int MOST_TURNS = 15;

  private final ChatLoad load;
  private final int number;
  private final ChatScript script = new ChatScript();
  private final SeqsSeen seen = new SeqsSeen();

  /** Completes when the bot has handed the chat over (the chat waits for a handler). */
  final CompletableFuture<Void> handedOver = new CompletableFuture<>();

  private volatile String chatId;
  private volatile String token;
  private JsonObject unanswered;
  private int answeredSeq;
  private int turns;
  private boolean everOpened;

  BenchCitizen(ChatLoad load, int number) {
    this.load = load;
    this.number = number;
  }

  String chatId() {
    return chatId;
  }

  /** The headers that show the chat is theirs. */
  Map<String, String> credentials() {
    return Map.of("Chat-Token", token);
  }

  void start() {
    load.wire
        .send("POST", "/chats", Map.of(), "{\"language\":\"en\"}")
        .whenComplete(
            (reply, error) -> {
              if (error != null || reply.status() != 201) {
                fail(
                    "POST /chats: "
                        + (error != null ? error : reply.status() + " " + reply.body()));
                return;
              }
              try {
                JsonObject created = ChatLoad.json(reply.body());
                chatId = created.getString("id");
                token = created.getString("token");
              } catch (RuntimeException e) {
                fail("POST /chats answered " + ChatLoad.shortened(reply.body()) + ": " + e);
                return;
              }
              open();
            });
  }

  private void open() {
    Map<String, String> headers = new LinkedHashMap<>(credentials());
    if (seen.highest() > 0) {
      headers.put("Last-Event-ID", Integer.toString(seen.highest()));
    }
    load.wire.open("/chats/" + chatId + "/events", headers, this);
  }

  @Override
  public void opened() {
    if (everOpened) {
      load.reconnects.incrementAndGet();
    }
    everOpened = true;
  }

  @Override
  public void event(SseParser.Event event, long arrivalNanos) {
    if (event.name().equals("queue")) {
      handOver();
    } else if (event.name().equals("message")) {
      JsonObject message = ChatLoad.json(event.data());
      int seq = message.getInt("seq");
      if (!seen.firstTime(seq)) {
        load.ledger.duplicate();
        return;
      }
      String kind = ChatLoad.text(message, "kind");
      String sender = ChatLoad.text(message, "sender");
      if (kind.equals("ENDED")) {
        load.ended.incrementAndGet();
        fail("chat " + chatId + " ended: " + ChatLoad.text(message, "text"));
      } else if (kind.equals("HANDED_OVER") || kind.equals("JOINED")) {
        handOver();
      } else if (sender.equals("BOT") && seq > answeredSeq && !handedOver.isDone()) {
        unanswered = message;
      }
    }
  }

  /** Answers the bot once everything that arrived together is read: a hand-over may follow. */
  @Override
  public void readDone() {
    JsonObject message = unanswered;
    unanswered = null;
    if (message == null || handedOver.isDone()) {
      return;
    }
    if (++turns > MOST_TURNS) {
      fail("the bot of chat " + chatId + " did not hand over in " + MOST_TURNS + " answers");
      return;
    }
    answeredSeq = message.getInt("seq");
    String answer = script.answer(choices(message));
    String body = "{\"clientId\":\"b" + number + "-" + turns + "\",\"text\":\"" + answer + "\"}";
    load.wire
        .send("POST", "/chats/" + chatId + "/messages", credentials(), body)
        .whenComplete(
            (reply, error) -> {
              if (error != null || reply.status() != 201) {
                fail(
                    "answer to the bot in chat "
                        + chatId
                        + ": "
                        + (error != null ? error : reply.status() + " " + reply.body()));
              }
            });
  }

  private static List<String> choices(JsonObject message) {
    JsonValue choices = message.get("choices");
    if (choices == null || choices.getValueType() != JsonValue.ValueType.ARRAY) {
      return List.of();
    }
    return choices.asJsonArray().stream()
        .map(choice -> ChatLoad.text(choice.asJsonObject(), "value"))
        .toList();
  }

  private void handOver() {
    if (!handedOver.isDone()) {
      load.handedOver.incrementAndGet();
      handedOver.complete(null);
    }
  }

  @Override
  public void refused(int status, String body) {
    if (status == 0 && !load.stopping()) {
      load.after(1000, this::open);
    } else {
      fail(
          "the citizen's stream of chat "
              + chatId
              + " was refused: "
              + status
              + " "
              + ChatLoad.shortened(body));
    }
  }

  @Override
  public void ended(String why) {
    load.after(200, this::open);
  }

  private void fail(String why) {
    load.problem(why);
    handedOver.completeExceptionally(new IllegalStateException(why));
  }
}

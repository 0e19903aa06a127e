package uk.police.portal.bench;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A chat assigned to a bench handler, seen from the handler's side: its stream, where the bench
 * records when each measured citizen message arrives, and one greeting from the handler (a chat
 * with no word from its handler would be offered to someone else after the answer time).
 */
final class HandlerChat implements Wire.StreamListener {

  private final BenchHandler handler;
  private final String chatId;
  private final SeqsSeen seen = new SeqsSeen();
  private Wire.Stream stream;
  private volatile boolean dropped;
  private boolean opening;
  private boolean greeted;
  private boolean everOpened;

  HandlerChat(BenchHandler handler, String chatId) {
    this.handler = handler;
    this.chatId = chatId;
  }

  /** Opens the stream unless it is open or opening. */
  synchronized void open() {
    if (opening || dropped || handler.load().stopping()) {
      return;
    }
    opening = true;
    Map<String, String> headers = new LinkedHashMap<>(handler.bearer());
    if (seen.highest() > 0) {
      headers.put("Last-Event-ID", Integer.toString(seen.highest()));
    }
    stream = handler.load().wire.open("/chats/" + chatId + "/events", headers, this);
  }

  /** Routing took the chat back: stop following it. */
  synchronized void drop() {
    dropped = true;
    if (stream != null) {
      stream.close();
    }
  }

  @Override
  public void opened() {
    if (everOpened) {
      handler.load().reconnects.incrementAndGet();
    }
    everOpened = true;
    if (!greeted) {
      greeted = true;
      greet();
    }
  }

  private void greet() {
    String body =
        "{\"clientId\":\"g-"
            + chatId
            + "\",\"text\":\"Hello, I am a contact handler. I have read what you told the bot.\"}";
    handler
        .load()
        .wire
        .send("POST", "/chats/" + chatId + "/messages", handler.bearer(), body)
        .whenComplete(
            (reply, error) -> {
              if (error == null && (reply.status() == 201 || reply.status() == 200)) {
                handler.load().chatReady(chatId);
              } else {
                handler
                    .load()
                    .problem(
                        handler.username
                            + "'s greeting in chat "
                            + chatId
                            + ": "
                            + (error != null
                                ? error
                                : reply.status() + " " + ChatLoad.shortened(reply.body())));
              }
            });
  }

  @Override
  public void event(SseParser.Event event, long arrivalNanos) {
    if (!event.name().equals("message")) {
      return;
    }
    JsonObject message = ChatLoad.json(event.data());
    if (!seen.firstTime(message.getInt("seq"))) {
      handler.load().ledger.duplicate();
      return;
    }
    String clientId = ChatLoad.text(message, "clientId");
    if (clientId.startsWith("m") && ChatLoad.text(message, "sender").equals("CITIZEN")) {
      handler.load().ledger.delivered(Integer.parseInt(clientId.substring(1)), arrivalNanos);
    }
  }

  @Override
  public void refused(int status, String body) {
    synchronized (this) {
      opening = false;
    }
    if (status == 401) {
      handler.refreshThen(this::open);
    } else if (status == 0) {
      handler.load().after(1000, this::open);
    } else if (!dropped) {
      handler
          .load()
          .problem(
              handler.username
                  + "'s stream of chat "
                  + chatId
                  + " was refused: "
                  + status
                  + " "
                  + ChatLoad.shortened(body));
    }
  }

  @Override
  public void ended(String why) {
    synchronized (this) {
      opening = false;
    }
    handler.load().after(200, this::open);
  }
}

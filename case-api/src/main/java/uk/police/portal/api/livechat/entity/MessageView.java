package uk.police.portal.api.livechat.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import uk.police.portal.chatbot.triage.entity.Choice;

/**
 * One message as a client sees it (see the API contract). {@code choices} and {@code emergency}
 * carry the bot's answer buttons and 999 flag; they are empty and false for everyone else.
 */
public record MessageView(
    int seq,
    String clientId,
    Sender sender,
    String senderName,
    MessageKind kind,
    String text,
    boolean staffOnly,
    OffsetDateTime sentAt,
    List<Choice> choices,
    boolean emergency) {

  public static MessageView of(ChatMessage message) {
    List<Choice> choices = List.of();
    boolean emergency = false;
    if (message.botJson() != null) {
      JsonObject bot = read(message.botJson());
      choices =
          bot.getJsonArray("choices").getValuesAs(JsonObject.class).stream()
              .map(c -> new Choice(c.getString("value"), c.getString("label")))
              .toList();
      emergency = bot.getBoolean("emergency", false);
    }
    return new MessageView(
        message.seq(),
        message.clientId(),
        message.sender(),
        message.senderName(),
        message.kind(),
        message.body(),
        message.staffOnly(),
        message.sentAt(),
        choices,
        emergency);
  }

  /** What the bot offers with its words, as stored in {@code bot_json}. */
  public static String botJson(List<Choice> choices, boolean emergency) {
    var array = Json.createArrayBuilder();
    choices.forEach(
        c -> array.add(Json.createObjectBuilder().add("value", c.value()).add("label", c.label())));
    return Json.createObjectBuilder()
        .add("choices", array)
        .add("emergency", emergency)
        .build()
        .toString();
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

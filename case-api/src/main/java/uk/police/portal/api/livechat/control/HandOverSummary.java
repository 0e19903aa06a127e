package uk.police.portal.api.livechat.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.chatbot.triage.control.Wording;
import uk.police.portal.chatbot.triage.entity.HandOver;

/**
 * The bot's hand-over as it is kept with the chat (JSON in {@code summary_json}) and shown to
 * staff. Labels and questions are in English, the handlers' language; answers as the person wrote
 * them.
 */
public final class HandOverSummary {

  private static final Wording STAFF = Wording.in("en");

  private HandOverSummary() {}

  public static String write(HandOver handOver) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    handOver
        .answers()
        .forEach(
            (key, answer) ->
                answers.add(
                    Json.createObjectBuilder()
                        .add("question", STAFF.say(key))
                        .add("answer", answer)));
    JsonArrayBuilder vulnerabilities = Json.createArrayBuilder();
    handOver.vulnerabilities().stream().map(Enum::name).sorted().forEach(vulnerabilities::add);
    JsonObjectBuilder summary =
        Json.createObjectBuilder()
            .add("category", handOver.category().name())
            .add("categoryLabel", STAFF.label(handOver.category()))
            .add("priority", handOver.priority().name())
            .add("vulnerabilities", vulnerabilities)
            .add("answers", answers)
            .add("language", handOver.language() == null ? "en" : handOver.language());
    if (handOver.safetyRule() != null) {
      summary.add("safetyRule", handOver.safetyRule());
    }
    return summary.build().toString();
  }

  /** The stored summary for staff; null before the hand-over. */
  public static ChatView.Summary read(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    JsonObject summary;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      summary = reader.readObject();
    }
    List<String> vulnerabilities =
        summary.getJsonArray("vulnerabilities").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    List<ChatView.Answer> answers =
        summary.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
            .map(a -> new ChatView.Answer(a.getString("question"), a.getString("answer")))
            .toList();
    return new ChatView.Summary(
        summary.getString("category"),
        summary.getString("categoryLabel"),
        summary.getString("priority"),
        text(summary, "safetyRule"),
        vulnerabilities,
        answers,
        text(summary, "language"));
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}

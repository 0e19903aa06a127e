package uk.police.portal.chatbot.triage.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageCommandTest {

  private static List<JsonObject> run(String input) throws IOException {
    StringWriter out = new StringWriter();
    new TriageCommand(SharedTriage.get(), new PrintWriter(out))
        .triageAll(new BufferedReader(new StringReader(input)));
    return out.toString()
        .lines()
        .map(l -> Json.createReader(new StringReader(l)).readObject())
        .toList();
  }

  @Test
  void writesOneLineWithEveryFieldPerMessageInOrder() throws IOException {
    var out =
        run(
            "{\"text\":\"my bike was nicked from the station\"}\n"
                + "{\"text\":\"I paid for a puppy online and the seller vanished\",\"id\":7}\n");

    assertThat(out).hasSize(2);
    JsonObject first = out.get(0);
    assertThat(first.keySet())
        .containsExactly("text", "category", "emergency", "referral", "language", "confidence");
    assertThat(first.getString("text")).isEqualTo("my bike was nicked from the station");
    assertThat(first.getString("category")).isEqualTo("THEFT");
    assertThat(first.getBoolean("emergency")).isFalse();
    assertThat(first.isNull("referral")).isTrue();
    assertThat(first.getString("language")).isEqualTo("en");
    assertThat(first.getJsonNumber("confidence").doubleValue()).isBetween(0.0, 1.0);
    assertThat(out.get(1).getString("referral")).isEqualTo("ACTION_FRAUD");
  }

  @Test
  void badLinesGetAPlainEnglishErrorAndDoNotStopTheRest() throws IOException {
    var out =
        run(
            String.join(
                "\n",
                "not json at all",
                "{\"message\":\"no text field\"}",
                "{\"text\":\"\"}",
                "{\"text\":\"" + "a".repeat(Triage.MAX_LENGTH + 1) + "\"}",
                "[\"an array\"]",
                "",
                "{\"text\":\"he is outside with a knife\"}"));

    assertThat(out).hasSize(7);
    assertThat(out.subList(0, 6))
        .allSatisfy(line -> assertThat(line.getString("error")).isNotBlank());
    assertThat(out.get(0).getString("error")).isEqualTo("Line 1 is not valid JSON.");
    assertThat(out.get(2).getString("error")).contains("empty");
    assertThat(out.get(3).getString("error")).contains("too long");
    assertThat(out).allSatisfy(line -> assertThat(line.toString()).doesNotContain("Exception"));
    assertThat(out.get(6).getBoolean("emergency")).isTrue();
  }

  @Test
  void evalEndsWithAResultLineCarryingEveryFigure() throws IOException {
    String labelled =
        "{\"text\":\"someone stole my purse on the bus\",\"category\":\"THEFT\",\"emergency\":false,"
            + "\"referral\":null,\"language\":\"en\"}\n";
    StringWriter out = new StringWriter();
    new TriageCommand(SharedTriage.get(), new PrintWriter(out))
        .evaluate(new BufferedReader(new StringReader(labelled)));

    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .startsWith("RESULT ")
        .contains(
            "category_accuracy=1.000",
            "emergency_recall=",
            "emergency_precision=",
            "referral_accuracy=1.000",
            "language_accuracy=1.000",
            "p50_ms=",
            "p99_ms=");
    assertThat(out.toString()).contains("worst confusions");
  }
}

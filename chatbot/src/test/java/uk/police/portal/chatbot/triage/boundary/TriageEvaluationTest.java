package uk.police.portal.chatbot.triage.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The build fails when triage gets worse on labelled messages it was never trained on. Floors sit a
 * few points under the measured figures so that a regression shows.
 */
class TriageEvaluationTest {

  @Test
  void devSetMissesNoEmergencyAndMeetsTheCategoryFloor() throws IOException {
    Path dev = Path.of(System.getProperty("triage.dev", "../../shared/triage/dev.jsonl"));
    assumeTrue(Files.exists(dev), "shared/triage/dev.jsonl not found next to the repository");
    var figures = evaluate(Files.newBufferedReader(dev, StandardCharsets.UTF_8));

    assertThat(figures.get("emergency_recall")).as("no missed emergency").isEqualTo(1.0);
    // measured 0.950, then 0.933 after the corpus was widened for unseen messages (the issue asks
    // for at least 0.90)
    assertThat(figures.get("category_accuracy")).isGreaterThanOrEqualTo(0.90);
    // measured 1.000
    assertThat(figures.get("language_accuracy")).isGreaterThanOrEqualTo(0.95);
    // measured 1.000
    assertThat(figures.get("referral_accuracy")).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void ownHeldOutSetsMissNoEmergency() throws IOException {
    // Our own labelled sets, never trained on, though each was used once to find gaps:
    // holdout.jsonl and fresh.jsonl first scored 0.62 and 0.64-0.71; the corpus was then widened
    // with phrasings near some of their lines, so today's 0.91 and 0.91 overstate.
    // unseen.jsonl was written last and the corpus was not changed after it: 0.75 (32 messages)
    // is the honest estimate. Its one missed emergency led to a wider INTRUDER_PRESENT rule.
    // After the corpus was widened again (with its misses in view, none of its lines copied):
    // 0.81, which overstates a little.
    var holdout = evaluate(resource("holdout.jsonl"));
    var fresh = evaluate(resource("fresh.jsonl"));
    var unseen = evaluate(resource("unseen.jsonl"));

    assertThat(holdout.get("emergency_recall")).isEqualTo(1.0);
    assertThat(fresh.get("emergency_recall")).isEqualTo(1.0);
    assertThat(unseen.get("emergency_recall")).isEqualTo(1.0);
    assertThat(holdout.get("category_accuracy")).isGreaterThanOrEqualTo(0.86);
    assertThat(fresh.get("category_accuracy")).isGreaterThanOrEqualTo(0.86);
    assertThat(unseen.get("category_accuracy")).isGreaterThanOrEqualTo(0.70);
    assertThat(unseen.get("language_accuracy")).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void blindSetsWrittenBeforeTheLastCorpusChangesMissNoEmergencyAndHoldTheirFloors()
      throws IOException {
    // blind.jsonl (106 messages) was written and measured before any change: 0.953, and two
    // missed emergencies that widened INTRUDER_PRESENT and DRINK_DRIVING_NOW. Its author also
    // wrote the corpus lines that followed, so today's 0.981 flatters.
    // blind2.jsonl (60 messages) was written later and measured twice, never used to choose a
    // corpus line: 0.800 on the old corpus, 0.817 now. It is the more honest of the two.
    var blind = evaluate(resource("blind.jsonl"));
    var blind2 = evaluate(resource("blind2.jsonl"));

    assertThat(blind.get("emergency_recall")).isEqualTo(1.0);
    assertThat(blind2.get("emergency_recall")).isEqualTo(1.0);
    assertThat(blind.get("category_accuracy")).isGreaterThanOrEqualTo(0.94);
    assertThat(blind2.get("category_accuracy")).isGreaterThanOrEqualTo(0.76);
    assertThat(blind2.get("language_accuracy")).isGreaterThanOrEqualTo(0.95);
  }

  private static BufferedReader resource(String name) {
    var in =
        TriageEvaluationTest.class.getResourceAsStream("/uk/police/portal/chatbot/triage/" + name);
    return new BufferedReader(
        new java.io.InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
  }

  /** Runs the same evaluation as {@code triage --eval} and reads its RESULT line. */
  static java.util.Map<String, Double> evaluate(BufferedReader labelled) throws IOException {
    StringWriter out = new StringWriter();
    new TriageCommand(SharedTriage.get(), new PrintWriter(out)).evaluate(labelled);
    String[] lines = out.toString().strip().split("\n");
    String result = lines[lines.length - 1];
    assertThat(result).startsWith("RESULT ");
    java.util.Map<String, Double> figures = new java.util.HashMap<>();
    for (String pair : result.substring("RESULT ".length()).split(" ")) {
      String[] kv = pair.split("=");
      figures.put(kv[0], Double.parseDouble(kv[1]));
    }
    return figures;
  }
}

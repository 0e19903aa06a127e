package uk.police.portal.chatbot.triage.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import uk.police.portal.chatbot.triage.control.Scorecard;
import uk.police.portal.chatbot.triage.entity.Assessment;
import uk.police.portal.chatbot.triage.entity.UnusableMessage;

/**
 * {@code triage [FILE]}: JSON Lines in (each with "text"), one JSON line out per input, same order.
 * {@code triage --eval FILE}: compares with labelled lines and prints the figures, ending with a
 * {@code RESULT key=value ...} line. Bad lines get an "error" in plain English, never a stack
 * trace.
 */
public final class TriageCommand {

  private static final String USAGE =
      "usage: triage [FILE]          triage JSON Lines from FILE or standard input\n"
          + "       triage --eval FILE   compare with labelled JSON Lines and print the figures";

  private final Triage triage;
  private final PrintWriter out;

  TriageCommand(Triage triage, PrintWriter out) {
    this.triage = triage;
    this.out = out;
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    try {
      if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.println(USAGE);
        return;
      }
      if (args.length > 0 && args[0].equals("--eval")) {
        if (args.length != 2) {
          System.err.println(USAGE);
          System.exit(2);
        }
        new TriageCommand(Triage.load(), out).evaluate(open(args[1]));
      } else if (args.length <= 1) {
        BufferedReader in =
            args.length == 0 || args[0].equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : open(args[0]);
        new TriageCommand(Triage.load(), out).triageAll(in);
      } else {
        System.err.println(USAGE);
        System.exit(2);
      }
    } catch (IOException e) {
      System.err.println("triage: cannot read input: " + e.getMessage());
      System.exit(1);
    } catch (RuntimeException | ExceptionInInitializerError e) {
      System.err.println("triage: could not start: " + e);
      System.exit(1);
    }
  }

  private static BufferedReader open(String file) throws IOException {
    return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  /** One output line per input line, in order. */
  void triageAll(BufferedReader in) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      out.println(answer(line, number));
    }
    out.flush();
  }

  String answer(String line, int number) {
    JsonObject input;
    try {
      input = parse(line, number);
    } catch (UnusableMessage e) {
      return error(number, null, e.getMessage());
    }
    String text = input.getString("text");
    try {
      Assessment a = triage.assess(text);
      return Json.createObjectBuilder()
          .add("text", text)
          .add("category", a.category().name())
          .add("emergency", a.emergency())
          .add(
              "referral",
              a.referral() == null ? JsonValue.NULL : Json.createValue(a.referral().name()))
          .add("language", a.language())
          .add("confidence", Math.round(a.confidence() * 1000) / 1000.0)
          .build()
          .toString();
    } catch (UnusableMessage e) {
      return error(number, text, e.getMessage());
    } catch (RuntimeException e) {
      return error(
          number, text, "Line " + number + " could not be triaged because of an internal fault.");
    }
  }

  /** The input object, or a plain reason why the line is not usable. */
  private static JsonObject parse(String line, int number) {
    if (line.isBlank()) {
      throw new UnusableMessage("Line " + number + " is empty.");
    }
    JsonValue value;
    try {
      value = Json.createReader(new StringReader(line)).readValue();
    } catch (JsonException e) {
      throw new UnusableMessage("Line " + number + " is not valid JSON.");
    }
    if (!(value instanceof JsonObject object)) {
      throw new UnusableMessage("Line " + number + " must be a JSON object with a \"text\" field.");
    }
    if (!(object.get("text") instanceof JsonString)) {
      throw new UnusableMessage("Line " + number + " has no \"text\" field with a string in it.");
    }
    return object;
  }

  private static String error(int number, String text, String message) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("line", number);
    if (text != null) {
      b.add("text", text.length() > 200 ? text.substring(0, 200) + "..." : text);
    }
    return b.add("error", message).build().toString();
  }

  /** Triage every labelled line and print the figures. */
  void evaluate(BufferedReader in) throws IOException {
    Scorecard card = new Scorecard();
    String line;
    int number = 0;
    warmUp();
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonObject expected;
      try {
        expected = parse(line, number);
      } catch (UnusableMessage e) {
        out.println("skipped: " + e.getMessage());
        continue;
      }
      String text = expected.getString("text");
      long start = System.nanoTime();
      Assessment a = null;
      try {
        a = triage.assess(text);
      } catch (UnusableMessage e) {
        out.println("unusable: line " + number + ": " + e.getMessage());
      }
      long elapsed = System.nanoTime() - start;
      card.record(
          text,
          expected.getString("category", null),
          expected.getBoolean("emergency", false),
          expected.isNull("referral") ? null : expected.getString("referral", null),
          expected.getString("language", null),
          a == null ? null : a.category().name(),
          a != null && a.emergency(),
          a == null || a.referral() == null ? null : a.referral().name(),
          a == null ? null : a.language(),
          elapsed);
    }
    print(card);
  }

  /** A few calls first so p50/p99 measure steady state rather than class loading. */
  private void warmUp() {
    for (String s :
        new String[] {
          "someone took my bag",
          "Alguien me robó la cartera en el autobús",
          "سرق أحدهم هاتفي في الشارع"
        }) {
      triage.assess(s);
    }
  }

  private void print(Scorecard card) {
    out.printf(Locale.ROOT, "messages:             %d%n", card.messages());
    out.printf(Locale.ROOT, "category accuracy:    %.1f%%%n", 100 * card.categoryAccuracy());
    out.printf(Locale.ROOT, "emergency recall:     %.1f%%%n", 100 * card.emergencyRecall());
    out.printf(Locale.ROOT, "emergency precision:  %.1f%%%n", 100 * card.emergencyPrecision());
    out.printf(Locale.ROOT, "referral accuracy:    %.1f%%%n", 100 * card.referralAccuracy());
    out.printf(Locale.ROOT, "language accuracy:    %.1f%%%n", 100 * card.languageAccuracy());
    out.printf(
        Locale.ROOT,
        "time per message:     p50 %.2f ms, p99 %.2f ms%n",
        card.millisAt(50),
        card.millisAt(99));
    out.println("worst confusions (expected -> predicted):");
    card.worstConfusions(8).forEach((pair, n) -> out.printf(Locale.ROOT, "  %3d  %s%n", n, pair));
    card.missedEmergencies().forEach(t -> out.println("MISSED EMERGENCY: " + t));
    out.println(card.resultLine());
    out.flush();
  }
}

package uk.police.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gatling's own figures for the latest run in a results folder, from the report's {@code
 * js/stats.json}: per request and for all requests, then the line that compares runs, last: {@code
 * RESULT p50_ms=… p99_ms=… rps=… errors=…}. Percentiles 1 and 4 are the 50th and 99th (set in
 * gatling.conf); errors are the requests Gatling counted KO.
 */
public final class GatlingSummary {

  private GatlingSummary() {}

  public static void main(String[] args) throws IOException {
    Path stats = latestStats(Path.of(args[0]));
    JsonObject report;
    try (JsonReader reader = Json.createReader(Files.newBufferedReader(stats))) {
      report = reader.readObject();
    }
    System.out.println("Gatling report: " + stats.getParent().getParent().resolve("index.html"));
    for (Map.Entry<String, JsonValue> request : report.getJsonObject("contents").entrySet()) {
      JsonObject figures = request.getValue().asJsonObject().getJsonObject("stats");
      System.out.println(line(figures.getString("name"), figures));
    }
    JsonObject all = report.getJsonObject("stats");
    System.out.println(line("all requests", all));
    System.out.println(result(all));
  }

  static String result(JsonObject all) {
    return String.format(
        Locale.ROOT,
        "RESULT p50_ms=%s p99_ms=%s rps=%.1f errors=%s",
        whole(all, "percentiles1"),
        whole(all, "percentiles4"),
        total(all, "meanNumberOfRequestsPerSecond"),
        whole(all, "numberOfRequests", "ko"));
  }

  private static String line(String name, JsonObject figures) {
    return String.format(
        Locale.ROOT,
        "  %-34s requests=%s errors=%s p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s rps=%.1f",
        name,
        whole(figures, "numberOfRequests"),
        whole(figures, "numberOfRequests", "ko"),
        whole(figures, "percentiles1"),
        whole(figures, "percentiles3"),
        whole(figures, "percentiles4"),
        whole(figures, "maxResponseTime"),
        total(figures, "meanNumberOfRequestsPerSecond"));
  }

  private static String whole(JsonObject figures, String name) {
    return whole(figures, name, "total");
  }

  private static String whole(JsonObject figures, String name, String part) {
    double value = number(figures.getJsonObject(name), part);
    return Double.isNaN(value) ? "-" : String.valueOf(Math.round(value));
  }

  private static double total(JsonObject figures, String name) {
    return number(figures.getJsonObject(name), "total");
  }

  /** Gatling writes some versions' figures as strings, and "-" where there is none. */
  private static double number(JsonObject figure, String part) {
    JsonValue value = figure.get(part);
    if (value instanceof JsonNumber number) {
      return number.doubleValue();
    }
    if (value instanceof JsonString text && !text.getString().equals("-")) {
      return Double.parseDouble(text.getString());
    }
    return Double.NaN;
  }

  private static Path latestStats(Path results) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.map(run -> run.resolve("js/stats.json"))
          .filter(Files::isRegularFile)
          .max(Comparator.comparing(GatlingSummary::modified))
          .orElseThrow(() -> new IOException("no Gatling report with js/stats.json in " + results));
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}

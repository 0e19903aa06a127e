package uk.police.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gatling's own figures for a run, read from the summary it prints at the end (the "Global
 * Information" block of its console output: Gatling 3.16 writes no stats.json any more), then the
 * line that compares runs, last: {@code RESULT p50_ms=… p99_ms=… rps=… errors=…}. The 50th and 99th
 * percentiles are two of the four gatling.conf asks for; errors are every error Gatling listed,
 * which counts requests that failed their checks (KO) and also requests that could not be sent at
 * all, which its request count leaves out.
 */
public final class GatlingSummary {

  private static final Pattern ERROR =
      Pattern.compile("^> (.*?)\\s+([\\d,]+)\\s+\\(\\s*[\\d.]+%\\)$");

  private static final Pattern SERVER_CPU =
      Pattern.compile("^bench: server-cpu-seconds=([\\d.]+)$");

  private final List<String> block = new ArrayList<>();
  private final Map<String, String[]> figures = new LinkedHashMap<>();
  private long listedErrors;
  private boolean errorsListed;

  private GatlingSummary() {}

  public static void main(String[] args) throws IOException {
    List<String> log = Files.readAllLines(Path.of(args[0]));
    long measuredSeconds = Long.parseLong(BenchSettings.env("PORTAL_BENCH_SECONDS", "60"));
    GatlingSummary summary = read(log);
    summary.block.forEach(System.out::println);
    log.stream()
        .filter(line -> line.startsWith("Reports generated"))
        .reduce((first, last) -> last)
        .ifPresent(line -> System.out.println("Gatling's report: " + line.replaceAll(".* ", "")));
    System.out.printf(
        "(Gatling's mean throughput counts the warm-up's time too; rps below is the %s requests"
            + " over the %d s measured)%n",
        summary.figure("request count")[0], measuredSeconds);
    log.stream().filter(line -> line.startsWith("bench: CPU")).forEach(System.out::println);
    summary.serverCpuPerRequest(log).ifPresent(System.out::println);
    System.out.println(summary.result(measuredSeconds));
  }

  /** The last summary in a Gatling console log. */
  static GatlingSummary read(List<String> log) {
    int start = -1;
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).startsWith("---- Global Information")) {
        start = i;
      }
    }
    if (start < 0) {
      throw new IllegalArgumentException("no Gatling summary (---- Global Information) in the log");
    }
    GatlingSummary summary = new GatlingSummary();
    String section = "";
    for (int i = start; i < log.size() && !log.get(i).startsWith("===="); i++) {
      String line = log.get(i);
      summary.block.add(line);
      if (line.startsWith("---- ")) {
        section = line;
      } else if (section.startsWith("---- Global Information") && line.startsWith("> ")) {
        String[] cells = line.substring(2).split("\\|");
        summary.figures.put(cells[0].trim(), new String[] {cells[1].trim(), cells[3].trim()});
      } else if (section.startsWith("---- Errors")) {
        Matcher error = ERROR.matcher(line.trim());
        if (error.matches()) {
          summary.errorsListed = true;
          summary.listedErrors += Long.parseLong(error.group(2).replace(",", ""));
        }
      }
    }
    return summary;
  }

  String result(long measuredSeconds) {
    return String.format(
        Locale.ROOT,
        "RESULT p50_ms=%s p99_ms=%s rps=%.1f errors=%d",
        total("response time 50th percentile (ms)"),
        total("response time 99th percentile (ms)"),
        Long.parseLong(total("request count")) / (double) measuredSeconds,
        errors());
  }

  /** The server's CPU time over the measured requests, which the simulation measured. */
  Optional<String> serverCpuPerRequest(List<String> log) {
    long requests = Long.parseLong(total("request count"));
    return log.stream()
        .map(SERVER_CPU::matcher)
        .filter(Matcher::matches)
        .map(cpu -> Double.parseDouble(cpu.group(1)))
        .filter(seconds -> requests > 0)
        .map(
            seconds ->
                String.format(
                    Locale.ROOT,
                    "bench: server CPU per request %.2f ms (%.1f s over %d requests)",
                    seconds * 1000 / requests,
                    seconds,
                    requests))
        .reduce((first, last) -> last);
  }

  private long errors() {
    if (errorsListed) {
      return listedErrors;
    }
    String ko = figure("request count")[1];
    return ko.equals("-") ? 0 : Long.parseLong(ko);
  }

  private String total(String name) {
    return figure(name)[0];
  }

  /** Total and KO, as Gatling wrote them but without thousands separators. */
  private String[] figure(String name) {
    String[] cells = figures.get(name);
    if (cells == null) {
      throw new IllegalArgumentException("Gatling's summary has no line '" + name + "'");
    }
    return new String[] {cells[0].replace(",", ""), cells[1].replace(",", "")};
  }
}

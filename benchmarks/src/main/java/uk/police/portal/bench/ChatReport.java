package uk.police.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What bench chat prints: a few lines on each thing it measured, then the line that compares runs,
 * {@code RESULT chats=… p50_ms=… p99_ms=… max_ms=… lost=… duplicated=…} with more figures after.
 */
final class ChatReport {

  private final ChatBenchSettings settings;
  private final List<String> lines = new ArrayList<>();
  private final Map<String, String> result = new LinkedHashMap<>();
  private double idleServerPerSecond;

  ChatReport(ChatBenchSettings settings) {
    this.settings = settings;
    result.put("chats", Integer.toString(settings.chats()));
    for (String key : List.of("p50_ms", "p99_ms", "max_ms", "lost", "duplicated")) {
      result.put(key, "none");
    }
  }

  void setup(double seconds, int connections) {
    line(
        "setup: %.0f s for %d handlers and %d chats; the client holds %d connections",
        seconds, settings.handlers(), settings.chats(), connections);
  }

  void messages(
      DeliveryLedger.Tally tally,
      Latencies delivery,
      Latencies calm,
      Latencies acknowledgement,
      double worstLagMillis) {
    line(
        "messages: %d sent (%d in the warm-up), %d acknowledged (201), %d refused or unanswered,"
            + " %d delivered to the handler, %d lost, %d duplicated",
        tally.sent(),
        settings.warmupMessages(),
        tally.acknowledged(),
        tally.refused() + tally.unanswered(),
        tally.delivered(),
        tally.lost(),
        tally.duplicates());
    line(
        "delivery citizen -> handler stream (%d measured messages): p50 %s ms, p99 %s ms, max %s ms",
        delivery.count(), ms(delivery.p50()), ms(delivery.p99()), ms(delivery.max()));
    line(
        "  the POST's acknowledgement: p50 %s ms, p99 %s ms, max %s ms",
        ms(acknowledgement.p50()), ms(acknowledgement.p99()), ms(acknowledgement.max()));
    line(
        "  sent when less than 5%% was stolen (that second and the next): %d messages, p99 %s ms",
        calm.count(), ms(calm.p99()));
    line("  the client's pacing fell behind by at most %.1f ms", worstLagMillis);
    result.put("p50_ms", ms(delivery.p50()));
    result.put("p99_ms", ms(delivery.p99()));
    result.put("max_ms", ms(delivery.max()));
    result.put("lost", Integer.toString(tally.lost()));
    result.put("duplicated", Long.toString(tally.duplicates()));
    result.put("rate", String.format(Locale.ROOT, "%.0f", settings.rate()));
    result.put("refused", Integer.toString(tally.refused() + tally.unanswered()));
    result.put("p99_calm_ms", ms(calm.p99()));
    result.put("ack_p99_ms", ms(acknowledgement.p99()));
  }

  void window(long fromMillis, long toMillis) {
    line(
        "measured from %s to %s (UTC; for matching a JFR recording or the server's log)",
        Instant.ofEpochMilli(fromMillis).truncatedTo(ChronoUnit.SECONDS),
        Instant.ofEpochMilli(toMillis).truncatedTo(ChronoUnit.SECONDS));
  }

  /** The server's CPU with every stream open and no message sent. */
  void idle(CpuMeter.Reading start, CpuMeter.Reading end) {
    double wall = (end.nanos() - start.nanos()) / 1e9;
    idleServerPerSecond = CpuMeter.serverSeconds(start, end) / wall;
    line(
        "server idle with every stream open: %s of the machine (%.2f CPU s a second)",
        percent(CpuMeter.serverSeconds(start, end), wall, end.cores()), idleServerPerSecond);
    result.put("idle_server_cpu", percent(CpuMeter.serverSeconds(start, end), wall, end.cores()));
  }

  /** The server's CPU by kind of thread, as shares of the machine. */
  void threads(String when, Map<String, Double> byKind, double wallSeconds) {
    int cores = Runtime.getRuntime().availableProcessors();
    StringBuilder kinds = new StringBuilder();
    byKind.forEach(
        (kind, seconds) -> {
          if (seconds >= 0.05 * wallSeconds / 10) {
            kinds
                .append(kinds.length() == 0 ? "" : ", ")
                .append(kind)
                .append(' ')
                .append(percent(seconds, wallSeconds, cores));
          }
        });
    line("%s, the server's CPU by thread: %s", when, kinds);
  }

  /** The server's share of the machine in each third of the window: still warming up? */
  void serverSeconds(List<CpuTimeline.Second> seconds) {
    int third = seconds.size() / 3;
    if (third == 0) {
      return;
    }
    line(
        "  the server's share of the machine by thirds of the window: %s, %s, %s",
        meanServer(seconds.subList(0, third)),
        meanServer(seconds.subList(third, 2 * third)),
        meanServer(seconds.subList(2 * third, seconds.size())));
  }

  private static String meanServer(List<CpuTimeline.Second> seconds) {
    return String.format(
        Locale.ROOT,
        "%.0f%%",
        seconds.stream().mapToDouble(CpuTimeline.Second::serverPercent).average().orElse(0));
  }

  void steal(List<CpuTimeline.Second> seconds, double calmPercent) {
    double worst = seconds.stream().mapToDouble(CpuTimeline.Second::stealPercent).max().orElse(0);
    long stormy = seconds.stream().filter(s -> s.stealPercent() >= calmPercent).count();
    line(
        "CPU steal: worst second %.0f%%, %d of %d seconds at %.0f%% or more",
        worst, stormy, seconds.size(), calmPercent);
    result.put("steal_max", String.format(Locale.ROOT, "%.0f%%", worst));
  }

  void cpu(CpuMeter.Reading start, CpuMeter.Reading end, int messages) {
    line("%s", CpuMeter.between(start, end));
    double wall = (end.nanos() - start.nanos()) / 1e9;
    double server = CpuMeter.serverSeconds(start, end);
    line(
        "  server CPU per message: %.2f ms (streams idle in between cost too)",
        server * 1000 / Math.max(1, messages));
    result.put("server_cpu", percent(server, wall, end.cores()));
    result.put("client_cpu", percent(end.generator() - start.generator(), wall, end.cores()));
    result.put("steal", percent(end.stolen() - start.stolen(), wall, end.cores()));
  }

  /** A full collection now, with every stream still open, and the most in use while measured. */
  void heap(ServerHeap heap, long fromMillis, long toMillis) {
    try {
      GcLog.Pause after = heap.collect();
      List<GcLog.Pause> during =
          heap.pauses().stream()
              .filter(p -> p.atMillis() >= fromMillis && p.atMillis() <= toMillis)
              .toList();
      long most = during.stream().mapToLong(GcLog.Pause::beforeMb).max().orElse(after.beforeMb());
      line(
          "server heap: %d MB in use after a full collection with every stream open, at most %d MB"
              + " in use while measured (%d collections), %d MB committed",
          after.afterMb(), most, during.size(), after.heapMb());
      result.put("heap_mb", Long.toString(after.afterMb()));
      result.put("heap_max_mb", Long.toString(most));
    } catch (IOException | RuntimeException e) {
      line(
          "server heap: not measured (%s)",
          String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    serverProcess();
  }

  private void serverProcess() {
    String pid = settings.serverPid();
    if (pid.isBlank()) {
      return;
    }
    try (Stream<Path> fds = Files.list(Path.of("/proc", pid, "fd"))) {
      Map<String, String> status = new LinkedHashMap<>();
      for (String row : Files.readAllLines(Path.of("/proc", pid, "status"))) {
        String[] parts = row.split(":\\s*", 2);
        if (parts.length == 2) {
          status.put(parts[0], parts[1].trim());
        }
      }
      line(
          "server process: %s threads, %s resident, %d open files",
          status.getOrDefault("Threads", "?"), status.getOrDefault("VmRSS", "?"), fds.count());
    } catch (IOException e) {
      line("server process: not readable (%s)", e.getMessage());
    }
  }

  void client(ChatLoad load, Wire wire) {
    line(
        "client: %d connections open (%d opened in all, %d requests retried on a fresh one),"
            + " %d streams reopened, %d chats taken back by routing, %d ended",
        wire.connections(),
        wire.connectionsOpened(),
        wire.retries(),
        load.reconnects.get(),
        load.returned.get(),
        load.ended.get());
    for (String problem : load.problems()) {
      line("  problem: %s", problem);
    }
    result.put("reconnects", Integer.toString(load.reconnects.get()));
    result.put("db", settings.database().split(" ")[0].toLowerCase(Locale.ROOT));
  }

  void print() {
    lines.forEach(System.out::println);
    System.out.println(resultLine());
  }

  String resultLine() {
    StringBuilder line = new StringBuilder("RESULT");
    result.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    return line.toString();
  }

  static String ms(double millis) {
    return Double.isNaN(millis) ? "none" : String.format(Locale.ROOT, "%.1f", millis);
  }

  private static String percent(double seconds, double wall, int cores) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * seconds / (wall * cores));
  }

  private void line(String format, Object... args) {
    lines.add(String.format(Locale.ROOT, format, args));
  }
}

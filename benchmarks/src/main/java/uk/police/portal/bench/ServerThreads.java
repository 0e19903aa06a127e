package uk.police.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the server's CPU went, by kind of thread, from /proc/PID/task/TID/stat: the JIT compilers,
 * the garbage collector, the HTTP request threads, the chat streams' executor and the rest. A JFR
 * profile samples only threads running Java, so it cannot show a Payara that spends half its CPU
 * compiling itself in its first minutes; this can.
 */
final class ServerThreads {

  /** Thread name (Linux keeps its first 15 characters) prefixes and what they are. */
  private static final List<Map.Entry<String, String>> KINDS =
      List.of(
          Map.entry("C2 CompilerThre", "JIT"),
          Map.entry("C1 CompilerThre", "JIT"),
          Map.entry("GC Thread", "GC"),
          Map.entry("G1 ", "GC"),
          Map.entry("VM Thread", "GC"),
          Map.entry("http-thread-poo", "requests"),
          Map.entry("http-listener", "requests"),
          Map.entry("portal-chat-str", "chat streams"),
          Map.entry("portal-chat-lis", "NOTIFY listener"),
          Map.entry("hz.", "Hazelcast"));

  private final String pid;

  ServerThreads(String pid) {
    this.pid = pid;
  }

  /** CPU seconds of each thread now, by thread id: a thread that ends takes its time with it. */
  Map<String, Double> read() {
    Map<String, Double> seconds = new HashMap<>();
    if (pid == null || pid.isBlank()) {
      return seconds;
    }
    try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
      tasks.forEach(
          task -> {
            try {
              String stat = Files.readString(task.resolve("stat"));
              seconds.put(
                  task.getFileName() + " " + name(stat), CpuMeter.processTicks(stat) / 100.0);
            } catch (IOException | RuntimeException gone) {
              // the thread ended between the listing and the read
            }
          });
    } catch (IOException e) {
      return seconds;
    }
    return seconds;
  }

  /** CPU seconds by kind between two readings, the biggest first. */
  static Map<String, Double> byKind(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> kinds = new HashMap<>();
    after.forEach(
        (thread, seconds) ->
            kinds.merge(
                kind(thread.substring(thread.indexOf(' ') + 1)),
                seconds - before.getOrDefault(thread, 0.0),
                Double::sum));
    Map<String, Double> sorted = new LinkedHashMap<>();
    kinds.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  static String kind(String threadName) {
    return KINDS.stream()
        .filter(k -> threadName.startsWith(k.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("other");
  }

  /** The command name between the first '(' and the last ')' of a stat line. */
  static String name(String stat) {
    return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  }
}

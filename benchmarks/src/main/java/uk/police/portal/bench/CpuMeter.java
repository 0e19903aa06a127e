package uk.police.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the CPU went while the benchmark measured, from Linux's /proc: the server's process, the
 * load generator's (this JVM), and the whole machine, with the time the hypervisor stole. On a
 * machine shared with other work, the server's CPU time per request is the figure that holds from
 * run to run when latency does not.
 */
final class CpuMeter {

  /** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private final String serverPid;

  CpuMeter(String serverPid) {
    this.serverPid = serverPid;
  }

  /** CPU times now, in seconds; a process that cannot be read counts as 0. */
  Reading read() {
    try {
      long[] machine = machine(Files.readAllLines(Path.of("/proc/stat")).get(0));
      return new Reading(
          System.nanoTime(),
          process(serverPid),
          process("self"),
          busy(machine) / TICKS,
          machine[7] / TICKS,
          Runtime.getRuntime().availableProcessors());
    } catch (IOException | RuntimeException e) {
      return new Reading(System.nanoTime(), 0, 0, 0, 0, 1);
    }
  }

  /** What the CPU did between two readings, in one line. */
  static String between(Reading start, Reading end) {
    double wall = (end.nanos() - start.nanos()) / 1e9;
    double cores = end.cores();
    return String.format(
        Locale.ROOT,
        "CPU while measured (%.0f s, %d cores): server %.1f s (%.0f%% of the machine),"
            + " load generator %.1f s (%.0f%%), machine busy %.0f%%, stolen %.0f%%",
        wall,
        end.cores(),
        end.server() - start.server(),
        100 * (end.server() - start.server()) / (wall * cores),
        end.generator() - start.generator(),
        100 * (end.generator() - start.generator()) / (wall * cores),
        100 * (end.busy() - start.busy()) / (wall * cores),
        100 * (end.stolen() - start.stolen()) / (wall * cores));
  }

  static double serverSeconds(Reading start, Reading end) {
    return end.server() - start.server();
  }

  record Reading(
      long nanos, double server, double generator, double busy, double stolen, int cores) {}

  /** user + system time of a process, from /proc/PID/stat fields 14 and 15. */
  static double process(String pid) {
    if (pid == null || pid.isBlank()) {
      return 0;
    }
    try {
      return processTicks(Files.readString(Path.of("/proc", pid, "stat"))) / TICKS;
    } catch (IOException e) {
      return 0;
    }
  }

  /** The command name may hold spaces and parentheses: fields are counted after its last ')'. */
  static long processTicks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** The first line of /proc/stat: user nice system idle iowait irq softirq steal ... */
  static long[] machine(String cpuLine) {
    return Arrays.stream(cpuLine.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
  }

  /** user, nice, system, irq and softirq: not idle, iowait, or steal (reported apart). */
  static long busy(long[] machine) {
    return machine[0] + machine[1] + machine[2] + machine[5] + machine[6];
  }
}

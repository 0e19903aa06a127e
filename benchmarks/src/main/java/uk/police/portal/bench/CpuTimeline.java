package uk.police.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU second by second from /proc while the bench measures: the share the hypervisor stole and the
 * server's share of the machine. The hypervisor here steals in bursts (up to 96% for a second,
 * STACK-NOTES), which shows in p99 and nowhere else: the report gives the worst second and the p99
 * of the messages sent in calm seconds beside the total. The server's seconds show whether its JIT
 * was still warming up.
 */
final class CpuTimeline {

  /**
   * A second that ended at {@code endNanos} (System.nanoTime) with this much stolen, and this much
   * of the machine used by the server.
   */
  record Second(long endNanos, double stealPercent, double serverPercent) {}

  private final String serverPid;

  private final List<Second> seconds = new ArrayList<>();
  private Thread sampler;
  private volatile boolean running;

  CpuTimeline(String serverPid) {
    this.serverPid = serverPid;
  }

  void start() {
    running = true;
    sampler =
        new Thread(
            () -> {
              long[] before = read();
              double serverBefore = CpuMeter.process(serverPid);
              long nanosBefore = System.nanoTime();
              while (running) {
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
                long[] after = read();
                double serverAfter = CpuMeter.process(serverPid);
                long nanos = System.nanoTime();
                double share =
                    100
                        * (serverAfter - serverBefore)
                        / ((nanos - nanosBefore) / 1e9)
                        / Runtime.getRuntime().availableProcessors();
                synchronized (seconds) {
                  seconds.add(new Second(nanos, stealPercent(before, after), share));
                }
                before = after;
                serverBefore = serverAfter;
                nanosBefore = nanos;
              }
            },
            "bench-cpu");
    sampler.setDaemon(true);
    sampler.start();
  }

  List<Second> stop() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join();
    synchronized (seconds) {
      return List.copyOf(seconds);
    }
  }

  /** Stolen share of all CPU time between two readings of /proc/stat's first line, in %. */
  static double stealPercent(long[] before, long[] after) {
    long total = 0;
    // user nice system idle iowait irq softirq steal; guest time is already in user
    for (int i = 0; i < 8 && i < after.length; i++) {
      total += after[i] - before[i];
    }
    return total <= 0 ? 0 : 100.0 * (after[7] - before[7]) / total;
  }

  /**
   * Whether the second a message was sent in, and the one after it (where its delivery may fall),
   * stole less than {@code percent}.
   */
  static boolean calmAround(List<Second> seconds, long nanos, double percent) {
    for (int i = 0; i < seconds.size(); i++) {
      if (seconds.get(i).endNanos() >= nanos) {
        boolean next = i + 1 >= seconds.size() || seconds.get(i + 1).stealPercent() < percent;
        return seconds.get(i).stealPercent() < percent && next;
      }
    }
    return false;
  }

  private static long[] read() {
    try {
      return CpuMeter.machine(Files.readAllLines(Path.of("/proc/stat")).get(0));
    } catch (IOException | RuntimeException e) {
      return new long[8];
    }
  }
}

package uk.police.portal.evidencestore.storage.boundary;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples used heap in a background thread to find the peak while something runs. */
public class HeapPeak implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long baseline;
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  public HeapPeak() {
    System.gc();
    baseline = used();
    peak = baseline;
    sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, used());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private long used() {
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** How far used heap rose above the baseline taken after a GC. */
  public long growthBytes() {
    return peak - baseline;
  }

  public long baselineBytes() {
    return baseline;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }
}

package uk.police.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The heap of the server's JVM, which bench/evidence starts with {@code -Xlog:gc:file=...}: full
 * collections asked for with {@code jcmd PID GC.run}, and every pause read back from its log.
 */
final class ServerHeap {

  private static final long WAIT_MILLIS = 30_000;

  private final String pid;
  private final Path gcLog;

  ServerHeap(String pid, Path gcLog) {
    this.pid = pid;
    this.gcLog = gcLog;
  }

  /** A full collection now, once the log has it. */
  GcLog.Pause collect() throws IOException, InterruptedException {
    long asked = System.currentTimeMillis();
    Process jcmd = new ProcessBuilder(jcmd(), pid, "GC.run").redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS) || jcmd.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " GC.run failed: " + output.strip());
    }
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      Optional<GcLog.Pause> done =
          pauses().stream().filter(p -> p.asked() && p.atMillis() >= asked).findFirst();
      if (done.isPresent()) {
        return done.get();
      }
      Thread.sleep(100);
    }
    throw new IOException(
        "The server's GC log " + gcLog + " shows no collection asked for by jcmd GC.run");
  }

  List<GcLog.Pause> pauses() throws IOException {
    return GcLog.pauses(Files.readAllLines(gcLog, StandardCharsets.UTF_8));
  }

  /** jcmd beside the java running this, where a JDK has it; else the one on the PATH. */
  private static String jcmd() {
    Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    return Files.isExecutable(beside) ? beside.toString() : "jcmd";
  }
}

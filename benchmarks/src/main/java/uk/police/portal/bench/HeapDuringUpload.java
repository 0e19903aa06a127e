package uk.police.portal.bench;

import java.util.List;
import java.util.stream.LongStream;

/**
 * What one upload did to the server's heap, from its GC log. Garbage between two collections is not
 * growth: the growth is the most the heap held after any collection during the upload, less what it
 * held after a full collection just before. The peak, before any collection, counts that garbage
 * too; a full collection just after says what the upload left behind.
 *
 * @param baselineMb in use after the full collection before the upload
 * @param peakAfterGcMb the most in use after a collection during the upload (the closing full
 *     collection's figure when none happened during it)
 * @param peakMb the most in use before a collection during the upload or the closing one
 * @param retainedMb in use after the full collection after the upload
 * @param collections pauses during the upload
 */
record HeapDuringUpload(
    long baselineMb, long peakAfterGcMb, long peakMb, long retainedMb, int collections) {

  /**
   * @param pauses every pause of the log
   * @param before the full collection asked for just before the upload
   * @param after the one asked for just after it
   */
  static HeapDuringUpload of(
      List<GcLog.Pause> pauses,
      GcLog.Pause before,
      GcLog.Pause after,
      long fromMillis,
      long toMillis) {
    List<GcLog.Pause> during =
        pauses.stream()
            .filter(p -> p.atMillis() >= fromMillis && p.atMillis() <= toMillis)
            .filter(p -> !p.equals(before) && !p.equals(after))
            .toList();
    long peakAfterGc =
        during.stream().mapToLong(GcLog.Pause::afterMb).max().orElse(after.afterMb());
    long peak =
        LongStream.concat(
                during.stream().mapToLong(GcLog.Pause::beforeMb), LongStream.of(after.beforeMb()))
            .max()
            .orElseThrow();
    return new HeapDuringUpload(
        before.afterMb(), peakAfterGc, peak, after.afterMb(), during.size());
  }

  long growthMb() {
    return Math.max(0, peakAfterGcMb - baselineMb);
  }
}

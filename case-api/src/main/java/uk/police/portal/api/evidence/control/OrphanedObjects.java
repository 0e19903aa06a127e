package uk.police.portal.api.evidence.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;

/**
 * Evidence objects that no record refers to. A file is stored first and recorded after (see {@link
 * AllOrNothingIntake}); a server that dies in between leaves a complete object that no case shows
 * and no one can read. Such an object is removed once it is older than the slowest upload, unless
 * it has a record or is the thumbnail of one that has (thumbnails are derived files with no record
 * of their own, named by {@link Thumbnails#keyFor}).
 */
public class OrphanedObjects {

  /**
   * Only the month folders of keys generated this long ago are listed, so a sweep stays cheap as
   * the store grows; an orphan is found by the first sweep after its hour, so a week leaves room
   * for servers that were down.
   */
  static final Duration LOOK_BACK = Duration.ofDays(7);

  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(OrphanedObjects.class.getName());

  private final ObjectStore store;
  private final Function<Collection<String>, Set<String>> recordedAmong;

  /**
   * @param recordedAmong which of the given object keys have an evidence record
   */
  public OrphanedObjects(
      ObjectStore store, Function<Collection<String>, Set<String>> recordedAmong) {
    this.store = store;
    this.recordedAmong = recordedAmong;
  }

  /** Removes evidence objects older than {@code maxAge} with no record; returns their keys. */
  public List<String> remove(Duration maxAge) {
    List<String> old = store.evidenceKeysOlderThan(maxAge, LOOK_BACK);
    Set<String> recorded = new HashSet<>();
    for (int from = 0; from < old.size(); from += BATCH) {
      recorded.addAll(recordedAmong.apply(old.subList(from, Math.min(old.size(), from + BATCH))));
    }
    Set<String> thumbnails = new HashSet<>();
    recorded.forEach(key -> thumbnails.add(Thumbnails.keyFor(key)));
    List<String> removed = new ArrayList<>();
    for (String key : old) {
      if (recorded.contains(key) || thumbnails.contains(key)) continue;
      store.delete(key);
      removed.add(key);
      LOG.log(
          Level.WARNING,
          "Removed evidence object {0}: stored over {1} ago and never recorded (a server stopped"
              + " between storing and recording it)",
          new Object[] {key, maxAge});
    }
    return removed;
  }
}

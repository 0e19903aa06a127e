package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;

/**
 * Against the real S3Proxy that ./portal test started, in a bucket of its own (a sweep two hours
 * ahead would find every unrecorded object in a shared one): an object stored but never recorded is
 * removed once it is old, while a recorded one and its thumbnail stay.
 */
class OrphanedObjectsIT {

  private static final String BUCKET = "portal-evidence-case-api-orphans-it";

  private ObjectStoreConfig config;
  private final Set<String> records = new HashSet<>();
  private final List<Collection<String>> asked = new java.util.ArrayList<>();

  @BeforeEach
  void bucket() {
    config =
        ObjectStoreConfig.from(
            name ->
                name.equals(ObjectStoreConfig.BUCKET)
                    ? BUCKET
                    : System.getenv().getOrDefault(name, AllOrNothingIntakeIT.local(name)));
    new ObjectStore(config).ensureBucket();
  }

  @AfterEach
  void empty() {
    ObjectStore store = new ObjectStore(config);
    store.evidenceKeysOlderThan(Duration.ofHours(-1), Duration.ofDays(7)).forEach(store::delete);
  }

  @Test
  void anObjectNeverRecordedIsRemovedOnceOldWhileARecordedOneAndItsThumbnailStay() {
    ObjectStore now = new ObjectStore(config);
    String recorded = put(now, "a recorded statement");
    String thumbnail = Thumbnails.keyFor(recorded);
    now.put(thumbnail, new byte[] {1, 2, 3}, "image/jpeg", Map.of("derived-from", recorded));
    String orphan = put(now, "stored, then the server stopped before recording it");
    records.add(recorded);

    assertThat(sweep(now)).as("an hour is left for the record to be saved").isEmpty();
    assertThat(now.exists(orphan)).isTrue();

    ObjectStore twoHoursLater =
        new ObjectStore(config, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
    List<String> removed = sweep(twoHoursLater);

    assertThat(removed).containsExactly(orphan);
    assertThat(now.exists(orphan)).isFalse();
    assertThat(now.exists(recorded)).isTrue();
    assertThat(now.exists(thumbnail)).isTrue();
    assertThat(asked).as("the records were asked about the old objects").isNotEmpty();
    assertThat(asked.get(asked.size() - 1)).contains(orphan, recorded, thumbnail);
  }

  private List<String> sweep(ObjectStore store) {
    return new OrphanedObjects(store, this::recordedAmong)
        .remove(ObjectStore.DEFAULT_INCOMING_MAX_AGE);
  }

  private Set<String> recordedAmong(Collection<String> keys) {
    asked.add(List.copyOf(keys));
    Set<String> found = new HashSet<>(keys);
    found.retainAll(records);
    return found;
  }

  private static String put(ObjectStore store, String text) {
    String key = store.newKey();
    store.put(
        key,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "text/plain",
        Map.of());
    return key;
  }
}

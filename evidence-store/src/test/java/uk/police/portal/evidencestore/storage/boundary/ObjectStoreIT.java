package uk.police.portal.evidencestore.storage.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.MinioClient;
import io.minio.RemoveBucketArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.police.portal.evidencestore.storage.entity.ObjectInfo;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException.Reason;
import uk.police.portal.evidencestore.storage.entity.StoreCapabilities;
import uk.police.portal.evidencestore.storage.entity.StoredObject;

@ExtendWith(LocalS3.class)
class ObjectStoreIT {

  ObjectStoreConfig config;
  ObjectStore store;

  @BeforeEach
  void connect(ObjectStoreConfig config) {
    this.config = config;
    store = new ObjectStore(config);
    store.ensureBucket();
  }

  @Test
  void aMissingBucketIsCreated() throws Exception {
    ObjectStore fresh = new ObjectStore(withBucket("portal-it-" + UUID.randomUUID()));
    String key = fresh.newKey();
    assertThatThrownBy(() -> fresh.stat(key))
        .isInstanceOf(ObjectStoreException.class)
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.NOT_FOUND);

    fresh.ensureBucket();
    fresh.ensureBucket(); // and again: nothing to do

    assertThat(fresh.ping()).isTrue();
    assertThat(fresh.exists(key)).isFalse();
    removeBucket(fresh.config());
  }

  /** Not part of ObjectStore: evidence buckets are never removed by the application. */
  static void removeBucket(ObjectStoreConfig config) throws Exception {
    MinioClient.builder()
        .endpoint(config.endpoint())
        .credentials(config.accessKey(), config.secretKey())
        .region(config.region())
        .build()
        .removeBucket(RemoveBucketArgs.builder().bucket(config.bucket()).build());
  }

  /**
   * Failsafe runs this JVM with -Xmx256m: a put or get that buffered the 300 MiB object could not
   * even fit, and the sampled peak shows what streaming actually costs.
   */
  @Test
  void aThreeHundredMegabyteUploadOfUnknownSizeStreamsAndComesBackByteForByte() throws Exception {
    long size = 300L * 1024 * 1024;
    assertThat(Runtime.getRuntime().maxMemory()).as("heap limit set by failsafe").isLessThan(size);
    String key = store.newKey();
    SeededBytes upload = new SeededBytes(20260305L, size);

    StoredObject stored;
    long started = System.nanoTime();
    try (HeapPeak heap = new HeapPeak()) {
      stored = store.put(key, upload, "video/mp4", Map.of("case", "CF-300"));
      heap.close();
      report("put", started, heap);
      assertThat(heap.growthBytes()).isLessThan(100L * 1024 * 1024);
    }
    assertThat(stored.size()).isEqualTo(size);
    assertThat(stored.sha256()).isEqualTo(upload.sha256Hex());

    ObjectInfo info = store.stat(key);
    assertThat(info.size()).isEqualTo(size);

    started = System.nanoTime();
    try (HeapPeak heap = new HeapPeak();
        InputStream download = store.get(key, stored.sha256())) {
      assertThat(SeededBytes.sha256Of(download)).isEqualTo(stored.sha256() + "/" + size);
      heap.close();
      report("get", started, heap);
      assertThat(heap.growthBytes()).isLessThan(100L * 1024 * 1024);
    }
    store.delete(key);
  }

  static void report(String what, long startedNanos, HeapPeak heap) {
    System.out.printf(
        "300 MiB %s: %.1f s, heap baseline %d MiB, peak growth %d MiB%n",
        what,
        (System.nanoTime() - startedNanos) / 1e9,
        heap.baselineBytes() >> 20,
        heap.growthBytes() >> 20);
  }

  @Test
  void statGivesSizeTypeHashAndOurMetadata() {
    String key = store.newKey();
    StoredObject stored =
        store.put(key, text("a witness statement"), "text/plain", Map.of("case", "CF-1"));

    ObjectInfo info = store.stat(key);

    assertThat(info.size()).isEqualTo(19).isEqualTo(stored.size());
    assertThat(info.contentType()).isEqualTo("text/plain");
    assertThat(stored.sha256()).hasSize(64);
    assertThat(info.sha256())
        .as("the caller records the hash; the bytes are written once")
        .isNull();
    assertThat(info.metadata()).containsEntry("case", "CF-1");
    assertThat(info.lastModified())
        .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
  }

  @Test
  void aReadIsCheckedAgainstTheHashTheCallerRecorded() throws Exception {
    String key = store.newKey();
    StoredObject stored = store.put(key, text("the original words"), "text/plain", Map.of());
    TestBuckets.putRaw(config, key, "the altered words!".getBytes(StandardCharsets.UTF_8));

    try (InputStream read = store.get(key, stored.sha256())) {
      assertThatThrownBy(read::readAllBytes)
          .isInstanceOf(java.io.IOException.class)
          .hasMessageContaining("Integrity check failed")
          .hasMessageContaining(stored.sha256());
    }
    assertThatThrownBy(() -> store.get(key, null)).isInstanceOf(IllegalArgumentException.class);
    store.delete(key);
  }

  @Test
  void aSmallFileKeepsItsHashInItsMetadataAndIsCheckedAgainstIt() throws Exception {
    String key = store.newKey();
    byte[] thumbnail = "a small derived file".getBytes(StandardCharsets.UTF_8);
    StoredObject stored = store.put(key, thumbnail, "image/jpeg", Map.of("derived-from", "x"));

    assertThat(store.stat(key).sha256()).isEqualTo(stored.sha256()).hasSize(64);
    try (InputStream read = store.get(key)) {
      assertThat(read.readAllBytes()).isEqualTo(thumbnail);
    }
    byte[] altered = "a small altered file".getBytes(StandardCharsets.UTF_8);
    TestBuckets.client(config)
        .putObject(
            io.minio.PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
                    new ByteArrayInputStream(altered), altered.length, -1)
                .userMetadata(Map.of(ObjectInfo.SHA256, stored.sha256()))
                .build());
    try (InputStream read = store.get(key)) {
      assertThatThrownBy(read::readAllBytes).hasMessageContaining("Integrity check failed");
    }
    assertThatThrownBy(() -> store.put(key, thumbnail, "image/jpeg", Map.of()))
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.ALREADY_EXISTS);
    store.delete(key);
  }

  @Test
  void anOriginalIsNeverOverwritten() {
    String key = store.newKey();
    store.put(key, text("original"), "text/plain", Map.of());

    assertThatThrownBy(() -> store.put(key, text("forgery"), "text/plain", Map.of()))
        .isInstanceOf(ObjectStoreException.class)
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.ALREADY_EXISTS);
  }

  @Test
  void deleteRemovesTheObject() {
    String key = store.newKey();
    store.put(key, text("to be removed"), "text/plain", Map.of());
    assertThat(store.exists(key)).isTrue();

    store.delete(key);

    assertThat(store.exists(key)).isFalse();
  }

  @Test
  void aMissingObjectIsReportedAsNotFound() {
    String key = store.newKey();

    assertThatThrownBy(() -> store.get(key))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining(config.endpoint())
        .hasMessageContaining(config.bucket())
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void anUnreachableStoreIsReportedQuicklyAndFailsItsPing() {
    String closedPort = "http://127.0.0.1:" + LocalS3.freePort();
    ObjectStore dead = new ObjectStore(withEndpoint(closedPort));

    long started = System.nanoTime();
    assertThatThrownBy(() -> dead.stat(dead.newKey()))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("unreachable")
        .hasMessageContaining(closedPort)
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.UNREACHABLE);
    assertThat(dead.ping()).isFalse();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void wrongCredentialsAreReportedAsRefused() {
    ObjectStore stranger =
        new ObjectStore(
            new ObjectStoreConfig(
                config.endpoint(), "stranger", "not-the-secret", config.bucket(), config.region()));

    assertThatThrownBy(() -> stranger.stat(stranger.newKey()))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("refused access")
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(Reason.ACCESS_REFUSED);
    assertThat(stranger.ping()).isFalse();
  }

  @Test
  void capabilitiesAreSaidInOnePlainLogLine() {
    Logger logger = Logger.getLogger(ObjectStore.class.getName());
    List<String> lines = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(new SimpleFormatter().formatMessage(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    try {
      StoreCapabilities capabilities = store.capabilities();

      assertThat(lines)
          .singleElement()
          .asString()
          .startsWith("Object store " + config.endpoint() + " bucket " + config.bucket() + ": ")
          .contains("versioning " + (capabilities.versioning() ? "on" : "off"));
      // S3Proxy's filesystem store has neither; a real MinIO bucket may have both.
      if (System.getenv(ObjectStoreConfig.ENDPOINT) == null) {
        assertThat(capabilities).isEqualTo(new StoreCapabilities(false, false));
        assertThat(lines.get(0))
            .endsWith(
                ": versioning off, object lock off (originals are protected only by never overwriting)");
      }
    } finally {
      logger.removeHandler(capture);
    }
  }

  @Test
  void aNewBucketAsksForObjectLockAndAStoreWithoutItStillGivesAWorkingBucketThatSaysSo() {
    ObjectStore fresh = new ObjectStore(TestBuckets.fresh(config));
    fresh.ensureBucket(); // a second start-up finds the bucket and asks for versioning again

    StoredObject stored =
        fresh.put(
            fresh.newKey(),
            new ByteArrayInputStream("original".getBytes(StandardCharsets.UTF_8)),
            "text/plain",
            Map.of());

    assertThat(stored.size()).isEqualTo(8);
    StoreCapabilities capabilities = fresh.capabilities();
    // Object lock comes with versioning (MinIO would answer both); S3Proxy's filesystem store has
    // neither, and the bucket works all the same.
    assertThat(!capabilities.objectLock() || capabilities.versioning()).isTrue();
    if (System.getenv(ObjectStoreConfig.ENDPOINT) == null) {
      assertThat(capabilities).isEqualTo(new StoreCapabilities(false, false));
    }
  }

  @Test
  void theSweeperRemovesOnlyStaleStagingObjects() throws Exception {
    ObjectStoreConfig own = TestBuckets.fresh(config);
    try {
      ObjectStore now = new ObjectStore(own);
      String evidence = now.newKey();
      now.put(evidence, text("kept for ever"), "text/plain", Map.of());
      String leftOver = "incoming/" + UUID.randomUUID();
      TestBuckets.putRaw(own, leftOver, "half an upload".getBytes(StandardCharsets.UTF_8));

      assertThat(now.removeStaleIncoming()).isEmpty();
      assertThat(TestBuckets.keys(own)).containsExactlyInAnyOrder(evidence, leftOver);

      // two hours on, the left-over is older than the default hour; evidence is never touched
      ObjectStore later =
          new ObjectStore(own, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
      assertThat(later.removeStaleIncoming()).containsExactly(leftOver);
      assertThat(TestBuckets.keys(own)).containsExactly(evidence);
      assertThat(later.removeStaleIncoming(Duration.ofMinutes(1))).isEmpty();
    } finally {
      TestBuckets.remove(own);
    }
  }

  @Test
  void oldEvidenceObjectsAreListedFromRecentMonthFoldersOnly() throws Exception {
    ObjectStoreConfig own = TestBuckets.fresh(config);
    try {
      ObjectStore now = new ObjectStore(own);
      String recent = now.newKey();
      now.put(recent, text("stored just now"), "text/plain", Map.of());
      ObjectStore monthsAgo =
          new ObjectStore(own, Clock.offset(Clock.systemUTC(), Duration.ofDays(-100)));
      String old = monthsAgo.newKey();
      monthsAgo.put(old, text("stored under a folder months old"), "text/plain", Map.of());
      TestBuckets.putRaw(own, "incoming/" + UUID.randomUUID(), new byte[] {1});

      assertThat(now.evidenceKeysOlderThan(Duration.ofHours(1), Duration.ofDays(7))).isEmpty();
      ObjectStore later =
          new ObjectStore(own, Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));
      assertThat(later.evidenceKeysOlderThan(Duration.ofHours(1), Duration.ofDays(7)))
          .as("only this month's folder (and last month's near its start) is listed")
          .containsExactly(recent);
      assertThat(later.evidenceKeysOlderThan(Duration.ofHours(1), Duration.ofDays(200)))
          .containsExactlyInAnyOrder(recent, old);
    } finally {
      TestBuckets.remove(own);
    }
  }

  @Test
  void aRangedReadGivesTheBeginningOfAnObject() throws Exception {
    String key = store.newKey();
    store.put(key, text("the first words and the rest"), "text/plain", Map.of());
    try (InputStream beginning = store.getBeginning(key, 15)) {
      assertThat(new String(beginning.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("the first words");
    }
    try (InputStream all = store.getBeginning(key, 1_000)) {
      assertThat(all.readAllBytes()).hasSize(28);
    }
  }

  static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  ObjectStoreConfig withBucket(String bucket) {
    return new ObjectStoreConfig(
        config.endpoint(), config.accessKey(), config.secretKey(), bucket, config.region());
  }

  ObjectStoreConfig withEndpoint(String endpoint) {
    return new ObjectStoreConfig(
        endpoint, config.accessKey(), config.secretKey(), config.bucket(), config.region());
  }
}

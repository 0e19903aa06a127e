package uk.police.portal.evidencestore.intake.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.portal.evidencestore.intake.SampleFiles;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException.Reason;
import uk.police.portal.evidencestore.storage.boundary.CuttableProxy;
import uk.police.portal.evidencestore.storage.boundary.HeapPeak;
import uk.police.portal.evidencestore.storage.boundary.LocalS3;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.boundary.TestBuckets;
import uk.police.portal.evidencestore.storage.entity.ObjectInfo;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.PresignedUpload;

/** Each test has a bucket of its own, so "nothing was stored" is checked on every key in it. */
@ExtendWith(LocalS3.class)
class EvidenceIntakeIT {

  static final long MB = 1024 * 1024;

  ObjectStoreConfig config;
  ObjectStore store;
  EvidenceIntake intake;

  @BeforeEach
  void connect(ObjectStoreConfig given) {
    config = TestBuckets.fresh(given);
    store = new ObjectStore(config);
    intake = new EvidenceIntake(store);
  }

  @AfterEach
  void removeBucket() throws Exception {
    TestBuckets.remove(config);
  }

  @Test
  void aPhotoIsStoredWithItsHashDetectedTypeCleanNameAndCaptureMetadata() throws Exception {
    byte[] photo = SampleFiles.photoWithExif();

    AcceptedEvidence accepted =
        intake.accept(
            new ByteArrayInputStream(photo), "../../DCIM/IMG_0042.JPG", Map.of("case", "CF-1"));

    assertThat(accepted.type()).isEqualTo(AcceptedType.JPEG);
    assertThat(accepted.originalName().value()).isEqualTo("IMG_0042.JPG");
    assertThat(accepted.stored().sha256()).isEqualTo(sha256(photo));
    assertThat(accepted.stored().size()).isEqualTo(photo.length);
    assertThat(accepted.stored().key()).startsWith("evidence/").doesNotContain("IMG_0042");
    assertThat(accepted.capture().takenAt()).isEqualTo(LocalDateTime.parse("2026-03-05T21:14:09"));
    assertThat(accepted.capture().cameraModel()).isEqualTo("iPhone 15");
    assertThat(accepted.capture().latitude()).isEqualTo(51.5014);

    ObjectInfo info = store.stat(accepted.stored().key());
    assertThat(info.contentType()).isEqualTo("image/jpeg");
    assertThat(info.sha256())
        .as("written once, straight to its key: the hash is the caller's record, not metadata")
        .isNull();
    assertThat(info.metadata()).containsEntry("case", "CF-1");
    assertThat(OriginalName.fromMetadata(info.metadata().get(EvidenceIntake.ORIGINAL_NAME)))
        .isEqualTo(accepted.originalName());
    try (InputStream back = store.get(accepted.stored().key(), accepted.stored().sha256())) {
      assertThat(back.readAllBytes()).isEqualTo(photo);
    }
    assertThat(TestBuckets.keys(config)).containsExactly(accepted.stored().key());
  }

  @Test
  void aHeicPhotoGivesItsCaptureMetadataFromTheStoredObject() {
    AcceptedEvidence accepted =
        intake.accept(
            new ByteArrayInputStream(SampleFiles.heicWithExif()), "IMG_0001.HEIC", Map.of());

    assertThat(accepted.type()).isEqualTo(AcceptedType.HEIC);
    assertThat(store.stat(accepted.stored().key()).contentType()).isEqualTo("image/heic");
    assertThat(accepted.capture().cameraMake()).isEqualTo("Apple");
    assertThat(accepted.capture().longitude()).isEqualTo(-0.1419);
    assertThat(intake.captureMetadata(accepted.stored().key(), AcceptedType.HEIC))
        .isEqualTo(accepted.capture());
  }

  @Test
  void aPhotoWithUnreadableMetadataIsStillAccepted() {
    byte[] photo = SampleFiles.photoWithExif();
    // an EXIF segment claiming to be longer than the whole file
    byte[] broken = photo.clone();
    broken[4] = (byte) 0xFF;
    broken[5] = (byte) 0xFF;

    AcceptedEvidence accepted =
        intake.accept(new ByteArrayInputStream(broken), "odd.jpg", Map.of());

    assertThat(accepted.stored().sha256()).isEqualTo(sha256(broken));
    assertThat(accepted.capture().hasLocation()).isFalse();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of("holiday.jpg", SampleFiles.windowsExecutable(), Reason.TYPE_NOT_ACCEPTED),
        Arguments.of("page.html", SampleFiles.html(), Reason.TYPE_NOT_ACCEPTED),
        Arguments.of("photo.jpg", new byte[0], Reason.EMPTY),
        Arguments.of("photo.jpg", SampleFiles.png(8, 8), Reason.NAME_CONTRADICTS_CONTENT),
        Arguments.of("../../etc/passwd.txt", SampleFiles.pdf(), Reason.NAME_CONTRADICTS_CONTENT),
        Arguments.of(
            "tiny.png", SampleFiles.pngDeclaring(50_000, 50_000), Reason.PICTURE_TOO_LARGE),
        Arguments.of(
            "big.jpg",
            SampleFiles.jpegDeclaring(65_535, 65_535, 300_000),
            Reason.PICTURE_TOO_LARGE));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("refusals")
  void aRefusedUploadStoresNothing(String name, byte[] bytes, Reason reason) throws Exception {
    assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(bytes), name, Map.of()))
        .isInstanceOf(UploadRefusedException.class)
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(reason);

    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  /** Text for ever, counting what was read of it. */
  static class EndlessText extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      served += len;
      return len;
    }
  }

  @Test
  void anOversizeUploadIsAbortedAtItsLimitWithoutReadingTheRestAndLeavesNothing() throws Exception {
    // past one 8 MiB part, so the store has a multipart upload under way to abort
    IntakeLimits limits = IntakeLimits.defaults().withMaxBytes(EvidenceKind.DOCUMENT, 12 * MB);
    EvidenceIntake strict = new EvidenceIntake(store, limits);
    EndlessText endless = new EndlessText();

    assertThatThrownBy(() -> strict.accept(endless, "notes.txt", Map.of()))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageStartingWith("This document is larger than 12 MB")
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TOO_LARGE);

    // the limit, one byte past it, and what the read-ahead buffer had asked for
    assertThat(endless.served).isLessThanOrEqualTo(12 * MB + 64 * 1024 + 1);
    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  @Test
  void anUploadThatBreaksHalfWayLeavesNoFinalAndNoIncomingObject() throws Exception {
    InputStream breaksAfter20Mb =
        new InputStream() {
          long served;

          @Override
          public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (served >= 20 * MB) throw new IOException("Connection reset by the browser");
            int n = (int) Math.min(len, 20 * MB - served);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            served += n;
            return n;
          }
        };

    assertThatThrownBy(() -> intake.accept(breaksAfter20Mb, "statement.txt", Map.of()))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("stopped after " + 20 * MB + " bytes")
        .hasMessageContaining("Connection reset by the browser")
        .hasMessageEndingWith("Nothing was stored.")
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(ObjectStoreException.Reason.INTERRUPTED);

    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  @Test
  void theStoreGoingDownMidUploadLeavesNothingAndARetrySucceedsOnceItIsBack() throws Exception {
    byte[] video = new byte[(int) (24 * MB)];
    System.arraycopy(SampleFiles.isoMedia("isom"), 0, video, 0, 1032);
    try (CuttableProxy proxy = new CuttableProxy(config.endpoint(), 12 * MB)) {
      ObjectStoreConfig viaProxy =
          new ObjectStoreConfig(
              proxy.endpoint(),
              config.accessKey(),
              config.secretKey(),
              config.bucket(),
              config.region());
      EvidenceIntake failing = new EvidenceIntake(new ObjectStore(viaProxy));

      assertThatThrownBy(
              () -> failing.accept(new ByteArrayInputStream(video), "cctv.mp4", Map.of()))
          .isInstanceOf(ObjectStoreException.class)
          .hasMessageContaining(proxy.endpoint())
          .hasMessageEndingWith("Nothing was stored.")
          .extracting(e -> ((ObjectStoreException) e).reason())
          .isEqualTo(ObjectStoreException.Reason.UNREACHABLE);
      assertThat(proxy.wasCut()).isTrue();
    }

    // no evidence and no staging object; what the store still holds is its unfinished multipart
    // upload to the evidence key, which could not be aborted while it was down (S3Proxy even lists
    // its parts, as .mpus-<upload id>-<key>-...)
    assertThat(TestBuckets.keys(config))
        .noneMatch(key -> key.startsWith("evidence/") || key.startsWith("incoming/"));
    ObjectStore anHourLater =
        new ObjectStore(config, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));
    assertThat(anHourLater.removeStaleIncoming())
        .hasSize(1)
        .allMatch(k -> k.matches("evidence/\\d{4}/\\d{2}/[0-9a-f-]{36}"));
    assertThat(TestBuckets.keys(config)).isEmpty();

    AcceptedEvidence retried = intake.accept(new ByteArrayInputStream(video), "cctv.mp4", Map.of());
    assertThat(retried.stored().sha256()).isEqualTo(sha256(video));
    assertThat(TestBuckets.keys(config)).containsExactly(retried.stored().key());
  }

  /**
   * Failsafe runs this JVM with -Xmx256m: the read-ahead, the type check and the guard must not
   * hold a 300 MiB video, and the hash must be the one an independent digest gives.
   */
  @Test
  void aLargeVideoStreamsThroughTheChecksWithoutBeingHeld() throws Exception {
    long size = 300 * MB;
    byte[] header = SampleFiles.isoMedia("isom");
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    InputStream video =
        new InputStream() {
          long served;

          @Override
          public int read() {
            throw new UnsupportedOperationException("read in blocks");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (served == size) return -1;
            int n = (int) Math.min(len, size - served);
            for (int i = 0; i < n; i++) {
              long at = served + i;
              b[off + i] = at < header.length ? header[(int) at] : (byte) (at * 131 >> 7);
            }
            digest.update(b, off, n);
            served += n;
            return n;
          }
        };

    AcceptedEvidence accepted;
    try (HeapPeak heap = new HeapPeak()) {
      accepted = intake.accept(video, "cctv.mp4", Map.of());
      heap.close();
      assertThat(heap.growthBytes()).isLessThan(100 * MB);
    }

    assertThat(accepted.type()).isEqualTo(AcceptedType.MP4);
    assertThat(accepted.stored().size()).isEqualTo(size);
    assertThat(accepted.stored().sha256()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // -------------------------------------------------------------- sent straight to the store

  @Test
  void aPhotoSentToAPresignedUrlIsCheckedHashedAndPublishedUnderANewKey() throws Exception {
    byte[] photo = SampleFiles.photoWithExif();
    PresignedUpload slot = store.presignUpload(photo.length, Duration.ofMinutes(15));

    assertThat(put(slot, photo)).isEqualTo(200);
    AcceptedEvidence accepted =
        intake.acceptStaged(slot.key(), photo.length, "IMG_0042.JPG", Map.of("case", "CF-1"));

    assertThat(slot.key()).matches("incoming/[0-9a-f-]{36}");
    assertThat(slot.headers()).containsEntry("Content-Length", String.valueOf(photo.length));
    assertThat(accepted.type()).isEqualTo(AcceptedType.JPEG);
    assertThat(accepted.stored().sha256()).isEqualTo(sha256(photo));
    assertThat(accepted.capture().cameraModel()).isEqualTo("iPhone 15");
    assertThat(store.stat(accepted.stored().key()).sha256()).isEqualTo(sha256(photo));
    assertThat(TestBuckets.keys(config))
        .as("the staging object is gone")
        .containsExactly(accepted.stored().key());
  }

  @Test
  void theStoreTakesNoOtherSizeAndNoOtherKeyThanThePresignedOnes() throws Exception {
    byte[] text = SampleFiles.text();
    PresignedUpload slot = store.presignUpload(text.length, Duration.ofMinutes(15));
    byte[] longer = java.util.Arrays.copyOf(text, text.length + 1);

    assertThat(put(slot, longer)).isEqualTo(403);
    assertThat(put(slot.url().replace(slot.key(), "incoming/" + UUID.randomUUID()), text))
        .isEqualTo(403);
    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  @Test
  void aProgramSentToAPresignedUrlIsRefusedAndRemoved() throws Exception {
    byte[] program = SampleFiles.windowsExecutable();
    PresignedUpload slot = store.presignUpload(program.length, Duration.ofMinutes(15));
    assertThat(put(slot, program)).isEqualTo(200);

    assertThatThrownBy(() -> intake.acceptStaged(slot.key(), program.length, "cat.jpg", Map.of()))
        .isInstanceOf(UploadRefusedException.class)
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TYPE_NOT_ACCEPTED);
    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  @Test
  void aFileOverItsLimitSentToAPresignedUrlIsRefusedAndRemoved() throws Exception {
    EvidenceIntake small =
        new EvidenceIntake(store, IntakeLimits.defaults().withMaxBytes(EvidenceKind.DOCUMENT, 100));
    byte[] text = new byte[1000];
    java.util.Arrays.fill(text, (byte) 'a');
    PresignedUpload slot = store.presignUpload(text.length, Duration.ofMinutes(15));
    assertThat(put(slot, text)).isEqualTo(200);

    assertThatThrownBy(() -> small.acceptStaged(slot.key(), text.length, "notes.txt", Map.of()))
        .isInstanceOf(UploadRefusedException.class)
        .extracting(e -> ((UploadRefusedException) e).reason())
        .isEqualTo(Reason.TOO_LARGE);
    assertThat(TestBuckets.keys(config)).isEmpty();
  }

  @Test
  void nothingSentYetIsNotFoundAndNothingIsStored() {
    PresignedUpload slot = store.presignUpload(10, Duration.ofMinutes(15));

    assertThatThrownBy(() -> intake.acceptStaged(slot.key(), 10, "notes.txt", Map.of()))
        .isInstanceOf(ObjectStoreException.class)
        .extracting(e -> ((ObjectStoreException) e).reason())
        .isEqualTo(ObjectStoreException.Reason.NOT_FOUND);
  }

  /** As any API client would: a plain HTTP/1.1 PUT, the JDK setting Content-Length itself. */
  private static int put(PresignedUpload slot, byte[] body) throws Exception {
    return put(slot.url(), body);
  }

  private static int put(String url, byte[] body) throws Exception {
    java.net.http.HttpClient client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    return client
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}

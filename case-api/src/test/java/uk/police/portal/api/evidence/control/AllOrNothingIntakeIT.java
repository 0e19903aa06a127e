package uk.police.portal.api.evidence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;

/**
 * Against the real S3Proxy that ./portal test started (the case-api tests' own bucket): when the
 * record of a stored file cannot be saved, the file does not stay behind.
 */
class AllOrNothingIntakeIT {

  private static final byte[] STATEMENT =
      "I saw a man in a red coat kick the door.\n".getBytes(StandardCharsets.UTF_8);

  private static ObjectStore store;
  private static AllOrNothingIntake intake;

  @BeforeAll
  static void store() {
    String bucket = System.getProperty("portal.it.s3.bucket", "portal-evidence-case-api-it");
    store =
        new ObjectStore(
            ObjectStoreConfig.from(
                name ->
                    name.equals(ObjectStoreConfig.BUCKET)
                        ? bucket
                        : System.getenv().getOrDefault(name, local(name))));
    store.ensureBucket();
    intake = new AllOrNothingIntake(new EvidenceIntake(store), store);
  }

  @Test
  void whenTheRecordCannotBeSavedTheStoredFileIsRemoved() {
    AtomicReference<String> key = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                intake.accept(
                    new ByteArrayInputStream(STATEMENT),
                    "statement.txt",
                    Map.of("case", "PC-3333-3333"),
                    accepted -> {
                      key.set(accepted.stored().key());
                      assertThat(store.exists(key.get())).as("stored before recording").isTrue();
                      throw new IllegalStateException("the database went away");
                    }))
        .hasMessage("the database went away");

    assertThat(key.get()).startsWith("evidence/");
    assertThat(store.exists(key.get())).isFalse();
  }

  @Test
  void whenTheRecordIsSavedTheFileStays() {
    String key =
        intake.accept(
            new ByteArrayInputStream(STATEMENT),
            "statement.txt",
            Map.of("case", "PC-3333-3333"),
            accepted -> accepted.stored().key());

    assertThat(store.exists(key)).isTrue();
    store.delete(key);
  }

  @Test
  void aRefusedFileIsNeverRecorded() {
    AtomicReference<Boolean> recorded = new AtomicReference<>(false);

    assertThatThrownBy(
            () ->
                intake.accept(
                    new ByteArrayInputStream(new byte[0]),
                    "empty.txt",
                    Map.of(),
                    accepted -> recorded.getAndSet(true)))
        .isInstanceOf(UploadRefusedException.class);
    assertThat(recorded.get()).isFalse();
  }

  static String local(String name) {
    return switch (name) {
      case ObjectStoreConfig.ENDPOINT -> "http://127.0.0.1:19000";
      case ObjectStoreConfig.ACCESS_KEY -> "portal-dev";
      case ObjectStoreConfig.SECRET_KEY -> "portal-dev-secret-key";
      default -> null;
    };
  }
}

package uk.police.portal.api.evidence.control;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * Either a file's object and its record both exist, or neither does. The bytes are stored first, so
 * that no database transaction is held open while a video streams in for minutes; if recording them
 * then fails, the object is removed again. An upload that breaks off leaves no object, only an
 * unfinished multipart upload that evidence-store sweeps; a server that dies between storing and
 * recording leaves an object with no record, which {@link OrphanedObjects} removes later.
 */
public class AllOrNothingIntake {

  private static final Logger LOG = Logger.getLogger(AllOrNothingIntake.class.getName());

  private final EvidenceIntake intake;
  private final ObjectStore store;

  public AllOrNothingIntake(EvidenceIntake intake, ObjectStore store) {
    this.intake = intake;
    this.store = store;
  }

  /**
   * Streams {@code upload} through evidence-store's checks into a new object, then records it.
   *
   * @param record saves the record of the stored file, in its own transaction, and returns what the
   *     caller answers with; if it throws, the object is removed and the exception rethrown
   * @throws uk.police.portal.evidencestore.intake.entity.UploadRefusedException refused; nothing
   *     was stored
   * @throws ObjectStoreException the store failed or the upload broke off; nothing was stored
   */
  public <T> T accept(
      InputStream upload,
      String originalName,
      Map<String, String> metadata,
      Function<AcceptedEvidence, T> record) {
    return recorded(intake.accept(upload, originalName, metadata), record);
  }

  /**
   * Reads a file a client sent straight to the store through the same checks, publishes it under a
   * new key, then records it; as {@link #accept}, the object is removed if recording fails.
   */
  public <T> T acceptStaged(
      String stagingKey,
      long declaredSize,
      String originalName,
      Map<String, String> metadata,
      Function<AcceptedEvidence, T> record) {
    return recorded(intake.acceptStaged(stagingKey, declaredSize, originalName, metadata), record);
  }

  private <T> T recorded(AcceptedEvidence accepted, Function<AcceptedEvidence, T> record) {
    try {
      return record.apply(accepted);
    } catch (RuntimeException | Error failed) {
      remove(accepted, failed);
      throw failed;
    }
  }

  private void remove(AcceptedEvidence accepted, Throwable why) {
    String key = accepted.stored().key();
    try {
      store.delete(key);
      LOG.log(
          Level.WARNING,
          "Removed {0} again: its record could not be saved ({1})",
          new Object[] {key, why.toString()});
    } catch (ObjectStoreException e) {
      why.addSuppressed(e);
      LOG.log(
          Level.SEVERE,
          "Evidence object {0} ({1} bytes, SHA-256 {2}) has no record and could not be removed:"
              + " {3}. Remove it by hand; no case refers to it.",
          new Object[] {key, accepted.stored().size(), accepted.stored().sha256(), e.getMessage()});
    }
  }
}

package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.evidence.entity.UploadSlot;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * A file added to a case: streamed from the request through evidence-store's checks (type from its
 * bytes, size, picture size) and the case's quota into the object store, then recorded. Nothing is
 * held in memory beyond one part of the upload, and no database transaction is open while it
 * streams.
 */
@ApplicationScoped
public class EvidenceUploads {

  static final String NOTHING_SENT =
      "Nothing has arrived for this upload yet. Send the file to the upload's url first (PUT,"
          + " with the headers given), then complete the upload.";

  @Inject EvidenceSettings settings;
  @Inject EvidenceIntake intake;
  @Inject ObjectStore store;
  @Inject EvidenceItems items;
  @Inject UploadSlots slots;

  /**
   * @throws uk.police.portal.evidencestore.intake.entity.UploadRefusedException refused for what
   *     the file is; nothing stored
   * @throws CaseQuotaExceededException the case holds as much as it may; nothing stored
   * @throws ObjectStoreException the store failed or the upload broke off; nothing stored
   */
  public EvidenceReceipt add(
      CaseFile file, InputStream upload, String originalName, JsonWebToken caller) {
    long quota = settings.caseQuotaBytes();
    long used = items.bytesOf(file);
    if (used >= quota) {
      throw CaseQuotaExceededException.full(quota);
    }
    try {
      return new AllOrNothingIntake(intake, store)
          .accept(
              new CaseQuotaGuard(upload, quota - used),
              originalName,
              Map.of("case", file.reference()),
              accepted -> items.record(file.reference(), accepted, caller, quota));
    } catch (ObjectStoreException e) {
      if (e.getCause() instanceof CaseQuotaGuard.QuotaPassed) {
        throw CaseQuotaExceededException.wouldPass(quota, used);
      }
      throw e;
    }
  }

  /**
   * Takes the file a client sent to an upload slot's presigned URL: read back from the store
   * through the same checks as {@link #add} (type from its bytes, size and picture-size limits,
   * SHA-256 while reading), published under a new key and recorded, with the same receipt. A
   * refused file is removed and the slot cannot be used again; if the store fails, the file and the
   * slot are kept so that the client can complete it again.
   *
   * @throws ConflictException nothing has arrived yet, or the slot was completed meanwhile
   */
  public EvidenceReceipt complete(CaseFile file, String slotId, JsonWebToken caller) {
    UploadSlot slot = slots.toComplete(file, slotId, caller);
    long quota = settings.caseQuotaBytes();
    long used = items.bytesOf(file);
    try {
      if (used + slot.declaredSize() > quota) {
        store.delete(slot.stagingKey());
        throw CaseQuotaExceededException.wouldPass(quota, used);
      }
      return new AllOrNothingIntake(intake, store)
          .acceptStaged(
              slot.stagingKey(),
              slot.declaredSize(),
              slot.originalName(),
              Map.of("case", file.reference()),
              accepted -> slots.completed(slot.id(), file.reference(), accepted, caller, quota));
    } catch (UploadRefusedException | CaseQuotaExceededException refused) {
      slots.refused(slot.id());
      throw refused;
    } catch (ObjectStoreException e) {
      if (e.reason() != ObjectStoreException.Reason.NOT_FOUND) throw e;
      if (slots.state(slot.id()) == UploadSlot.State.COMPLETED) {
        throw new ConflictException(
            "This upload has already been completed. Nothing more was saved.");
      }
      throw new ConflictException(NOTHING_SENT);
    }
  }
}

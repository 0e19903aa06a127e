package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.evidencestore.intake.boundary.EvidenceIntake;
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

  @Inject EvidenceSettings settings;
  @Inject EvidenceIntake intake;
  @Inject ObjectStore store;
  @Inject EvidenceItems items;

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
}

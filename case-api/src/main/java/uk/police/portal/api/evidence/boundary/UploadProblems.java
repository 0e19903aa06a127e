package uk.police.portal.api.evidence.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceIntegrityException;
import uk.police.portal.api.platform.control.DependencyUnavailableException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * evidence-store's refusals and failures as the HTTP answers ProblemMapper turns into Problem
 * Details, each with the words written for the citizen who sent the file.
 */
final class UploadProblems {

  static final String INTERRUPTED =
      "The file did not arrive in full, so nothing was saved. Please try again.";
  static final String STORE_DOWN =
      "We cannot store or read files right now. Nothing was saved. Please try again in a few"
          + " minutes.";

  private UploadProblems() {}

  static RuntimeException of(RuntimeException error) {
    if (error instanceof UploadRefusedException refused) {
      return new ClientErrorException(refused.getMessage(), status(refused.reason()));
    }
    if (error instanceof CaseQuotaExceededException quota) {
      return new ClientErrorException(quota.getMessage(), 413);
    }
    if (error instanceof ObjectStoreException failed) {
      return failed.reason() == ObjectStoreException.Reason.INTERRUPTED
          ? new ClientErrorException(INTERRUPTED, 400)
          : new DependencyUnavailableException("object store", STORE_DOWN, failed);
    }
    if (error instanceof EvidenceIntegrityException broken) {
      return new InternalServerErrorException(broken.getMessage(), broken);
    }
    return error;
  }

  static int status(UploadRefusedException.Reason reason) {
    return switch (reason) {
      case EMPTY -> 400;
      case TYPE_NOT_ACCEPTED, NAME_CONTRADICTS_CONTENT -> 415;
      case TOO_LARGE -> 413;
      case PICTURE_TOO_LARGE -> 422;
    };
  }
}

package uk.police.portal.api.evidence.boundary;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import java.util.Optional;
import java.util.logging.Logger;
import uk.police.portal.api.evidence.entity.CaseQuotaExceededException;
import uk.police.portal.api.evidence.entity.EvidenceIntegrityException;
import uk.police.portal.api.platform.control.DependencyUnavailableException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * evidence-store's refusals and failures as the HTTP answers ProblemMapper turns into Problem
 * Details, each with the words written for the citizen who sent the file.
 */
public final class UploadProblems {

  static final String INTERRUPTED =
      "The file did not arrive in full, so nothing was saved. Please try again.";
  static final String STORE_DOWN =
      "We cannot store or read files right now. Nothing was saved. Please try again in a few"
          + " minutes.";

  /** A 4xx answer: the status and the words for the person who sent the file. */
  record Refusal(int status, String message) {}

  private static final Logger LOG = Logger.getLogger(UploadProblems.class.getName());

  private UploadProblems() {}

  public static RuntimeException of(RuntimeException error) {
    Optional<Refusal> refusal = refusal(error);
    if (refusal.isPresent()) {
      // What was found (types, byte counts), never the file's content or the citizen's words.
      LOG.info(() -> "Refused an upload (" + refusal.get().status() + "): " + detail(error));
      return new ClientErrorException(refusal.get().message(), refusal.get().status());
    }
    if (error instanceof ObjectStoreException failed) {
      return new DependencyUnavailableException("object store", STORE_DOWN, failed);
    }
    if (error instanceof EvidenceIntegrityException broken) {
      return new InternalServerErrorException(broken.getMessage(), broken);
    }
    return error;
  }

  /** What the sender is told when it is theirs to put right; empty for failures of ours. */
  static Optional<Refusal> refusal(RuntimeException error) {
    if (error instanceof UploadRefusedException refused) {
      return Optional.of(new Refusal(status(refused.reason()), refused.getMessage()));
    }
    if (error instanceof CaseQuotaExceededException quota) {
      return Optional.of(new Refusal(413, quota.getMessage()));
    }
    if (error instanceof ObjectStoreException failed
        && failed.reason() == ObjectStoreException.Reason.INTERRUPTED) {
      return Optional.of(new Refusal(400, INTERRUPTED));
    }
    return Optional.empty();
  }

  private static String detail(RuntimeException error) {
    return error instanceof UploadRefusedException refused
        ? refused.reason() + ", " + refused.detail()
        : error.getClass().getSimpleName() + ": " + error.getMessage();
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

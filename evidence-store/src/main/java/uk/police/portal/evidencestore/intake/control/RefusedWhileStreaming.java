package uk.police.portal.evidencestore.intake.control;

import java.io.IOException;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;

/**
 * Thrown from the upload stream itself, so the object store aborts the upload where it is; the
 * refusal travels inside it to the caller.
 */
public class RefusedWhileStreaming extends IOException {

  private final transient UploadRefusedException refusal;

  public RefusedWhileStreaming(UploadRefusedException refusal) {
    super(refusal.detail(), refusal);
    this.refusal = refusal;
  }

  public UploadRefusedException refusal() {
    return refusal;
  }
}

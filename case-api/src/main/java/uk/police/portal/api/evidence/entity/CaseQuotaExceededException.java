package uk.police.portal.api.evidence.entity;

import uk.police.portal.evidencestore.intake.entity.SizeInWords;

/** A file that would take its case past the evidence it may hold; nothing of it was stored. */
public class CaseQuotaExceededException extends RuntimeException {

  private CaseQuotaExceededException(String message) {
    super(message);
  }

  public static CaseQuotaExceededException full(long quota) {
    return new CaseQuotaExceededException(
        "This case already holds %s of files, the most we can keep for one case. Nothing was saved. Please ask the officer dealing with the case how to send more."
            .formatted(SizeInWords.of(quota)));
  }

  public static CaseQuotaExceededException wouldPass(long quota, long used) {
    return new CaseQuotaExceededException(
        "This file would take the case past %s, the most we can keep for one case (%s is left). Nothing was saved. Please ask the officer dealing with the case how to send it."
            .formatted(SizeInWords.of(quota), SizeInWords.of(Math.max(0, quota - used))));
  }
}

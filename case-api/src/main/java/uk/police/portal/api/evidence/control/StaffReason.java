package uk.police.portal.api.evidence.control;

import uk.police.portal.api.platform.entity.InvalidRequestException;

/**
 * The reason a member of staff gives for opening a case's evidence, as the audit log keeps it. The
 * same rule and words as for opening the case itself (CasesResource), whose check is private to
 * casefile.
 */
final class StaffReason {

  static final int MAX_LENGTH = 200;

  private StaffReason() {}

  static String require(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException(
          "Say why you are opening this case: add a reason (it is kept in the audit log).");
    }
    if (reason.length() > MAX_LENGTH) {
      throw new InvalidRequestException("The reason must be 200 characters or fewer.");
    }
    return reason.strip();
  }
}

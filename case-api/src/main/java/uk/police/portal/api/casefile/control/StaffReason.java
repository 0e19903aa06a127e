package uk.police.portal.api.casefile.control;

import uk.police.portal.api.platform.entity.InvalidRequestException;

/**
 * The reason a member of staff gives for opening a case, its timeline, messages or evidence, as the
 * audit log keeps it (Data Protection Act 2018 s.62).
 */
public final class StaffReason {

  static final int MAX_LENGTH = 200;

  private StaffReason() {}

  public static String require(String reason) {
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

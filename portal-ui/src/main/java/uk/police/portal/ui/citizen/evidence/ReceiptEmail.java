package uk.police.portal.ui.citizen.evidence;

import uk.police.portal.ui.caseapi.entity.ReportForm;

/**
 * Whether case-api emails a receipt for each file: it does exactly when the report allowed email
 * and gave an address. When the report is not at hand, the page says so conditionally.
 */
public enum ReceiptEmail {
  SENT("We have also emailed you this receipt."),
  NOT_SENT(null),
  UNKNOWN("If you chose to hear from us by email, we have emailed you this receipt.");

  final String sentence;

  ReceiptEmail(String sentence) {
    this.sentence = sentence;
  }

  /** From the report as case-api holds it; null means it was not given to us. */
  public static ReceiptEmail of(ReportForm report) {
    if (report == null) {
      return UNKNOWN;
    }
    ReportForm.ContactPreferences contact = report.contact();
    boolean emails =
        contact != null
            && contact.byEmail()
            && contact.email() != null
            && !contact.email().isBlank();
    return emails ? SENT : NOT_SENT;
  }

  /** From what the person just reported: the address the confirmation went to, or null. */
  public static ReceiptEmail toAddress(String address) {
    return address == null || address.isBlank() ? NOT_SENT : SENT;
  }
}

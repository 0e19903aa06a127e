package uk.police.portal.api.casefile.control;

import uk.police.portal.api.casefile.entity.ReportReceipt;
import uk.police.portal.api.platform.control.MailSender;

/**
 * The words of every email. Subjects and bodies never repeat what the person reported: an email can
 * be read over a shoulder or by an abuser with the password.
 */
final class CaseEmails {

  private CaseEmails() {}

  static String confirmationSubject(ReportReceipt receipt) {
    return "Your reference number: " + receipt.reference();
  }

  static String confirmation(ReportReceipt receipt, String portalUrl) {
    StringBuilder body =
        new StringBuilder("Thank you for your report.\n\nYour reference number is ")
            .append(receipt.reference())
            .append(". Please quote it whenever you contact us.\n\nWhat happens next\n");
    receipt.whatHappensNext().forEach(line -> body.append("\n- ").append(line));
    return body.append("\n\nFollow your case, read messages and add information:\n")
        .append(caseLink(portalUrl, receipt.reference()))
        .append("\n\nHow to contact us\n\n")
        .append(receipt.howToContactUs())
        .append(MailSender.CITIZEN_FOOTER)
        .toString();
  }

  static String notice(String reference, String headline, String portalUrl) {
    return headline
        + " ("
        + reference
        + ").\n\nSign in to read it:\n"
        + caseLink(portalUrl, reference)
        + MailSender.CITIZEN_FOOTER;
  }

  static String reminder(UpdateReminder reminder, String portalUrl) {
    return "Hello "
        + reminder.officerName()
        + ",\n\nThe victim in case "
        + reminder.reference()
        + " must be updated by "
        + UpdatePlan.spoken(reminder.dueBy())
        + " (Victims' Code).\n\n"
        + portalUrl
        + "/staff/cases/"
        + reminder.reference()
        + "?reason=Work+queue\n";
  }

  private static String caseLink(String portalUrl, String reference) {
    return portalUrl + "/cases/" + reference;
  }
}

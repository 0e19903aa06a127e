package uk.police.portal.api.evidence.control;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.police.portal.api.evidence.entity.EvidenceReceipt;
import uk.police.portal.api.platform.control.MailSender;

/**
 * The words of the receipt email. Like casefile's emails, it never repeats what the person
 * reported; it does name the file, which is the point of a receipt.
 */
final class EvidenceEmails {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK);

  private EvidenceEmails() {}

  static String subject(EvidenceReceipt receipt) {
    return "Receipt for a file you added to " + receipt.reference();
  }

  static String body(EvidenceReceipt receipt, String portalUrl) {
    StringBuilder body =
        new StringBuilder("We received your file and keep it with your case as evidence.\n")
            .append("\nCase reference: ")
            .append(receipt.reference())
            .append("\nFile name: ")
            .append(receipt.name())
            .append("\nSize: ")
            .append(receipt.sizeInWords())
            .append(" (")
            .append(NumberFormat.getIntegerInstance(Locale.UK).format(receipt.size()))
            .append(" bytes)")
            .append("\nReceived: ")
            .append(WHEN.format(receipt.receivedAt().atZoneSameInstant(UK)))
            .append(" (UK time)")
            .append("\nSHA-256: ")
            .append(receipt.sha256())
            .append(
                "\n\nThe SHA-256 is a fingerprint of the file. If the file were changed at all,"
                    + " even by one letter, its fingerprint would change. Keep this email: it"
                    + " shows which file you sent us.");
    if (receipt.locationNote() != null) {
      body.append("\n\n").append(receipt.locationNote());
    }
    return body.append("\n\nSee your case:\n")
        .append(portalUrl)
        .append("/cases/")
        .append(receipt.reference())
        .append(MailSender.CITIZEN_FOOTER)
        .toString();
  }
}

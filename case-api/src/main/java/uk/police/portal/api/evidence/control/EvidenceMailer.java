package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.police.portal.api.casefile.control.ReportJson;
import uk.police.portal.api.platform.control.MailSender;

/**
 * Emails a citizen the receipt for each file they add, after the record has committed. A citizen
 * who did not allow email gets none.
 */
@ApplicationScoped
public class EvidenceMailer {

  @Inject MailSender mail;

  void sendReceipt(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceReceived received) {
    ReportJson.read(received.reportJson())
        .safeEmail()
        .ifPresent(
            to ->
                mail.sendLater(
                    to,
                    EvidenceEmails.subject(received.receipt()),
                    EvidenceEmails.body(received.receipt(), mail.portalUrl())));
  }
}

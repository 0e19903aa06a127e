package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import uk.police.portal.api.platform.control.MailSender;

/**
 * Emails to victims and officers, sent only after the transaction that caused them has committed. A
 * victim who did not allow email gets none.
 */
@ApplicationScoped
public class CaseMailer {

  @Inject MailSender mail;

  void confirmReport(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportConfirmation sent) {
    sent.form()
        .safeEmail()
        .ifPresent(
            to ->
                mail.sendLater(
                    to,
                    CaseEmails.confirmationSubject(sent.receipt()),
                    CaseEmails.confirmation(sent.receipt(), mail.portalUrl())));
  }

  void tellVictim(@Observes(during = TransactionPhase.AFTER_SUCCESS) VictimNotice notice) {
    ReportJson.read(notice.reportJson())
        .safeEmail()
        .ifPresent(
            to ->
                mail.sendLater(
                    to,
                    notice.headline(),
                    CaseEmails.notice(notice.reference(), notice.headline(), mail.portalUrl())));
  }

  void remindOfficer(@Observes(during = TransactionPhase.AFTER_SUCCESS) UpdateReminder reminder) {
    mail.sendLater(
        reminder.email(),
        "Victim update due by " + UpdatePlan.spoken(reminder.dueBy()) + ": " + reminder.reference(),
        CaseEmails.reminder(reminder, mail.portalUrl()));
  }
}

package uk.police.portal.api.casefile.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.api.casefile.entity.ReportForm;

/**
 * Emails to victims and officers, sent after the transaction that caused them has committed and off
 * the request thread: a mail server that is slow or down never loses or delays a report. A victim
 * who did not allow email gets none.
 */
@ApplicationScoped
public class CaseMailer {

  private static final Logger LOG = Logger.getLogger(CaseMailer.class.getName());

  @Inject
  @ConfigProperty(name = "portal.smtp.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "portal.smtp.port", defaultValue = "3025")
  int port;

  @Inject
  @ConfigProperty(name = "portal.mail.from", defaultValue = "no-reply@portal.police.example")
  String from;

  @Inject
  @ConfigProperty(name = "portal.ui.url", defaultValue = "http://127.0.0.1:8080")
  String portalUrl;

  @Resource ManagedExecutorService executor;

  void confirmReport(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportConfirmation sent) {
    victimAddress(sent.form())
        .ifPresent(
            to ->
                send(
                    to,
                    CaseEmails.confirmationSubject(sent.receipt()),
                    CaseEmails.confirmation(sent.receipt(), portalUrl)));
  }

  void tellVictim(@Observes(during = TransactionPhase.AFTER_SUCCESS) VictimNotice notice) {
    victimAddress(ReportJson.read(notice.reportJson()))
        .ifPresent(
            to ->
                send(
                    to,
                    notice.headline(),
                    CaseEmails.notice(notice.reference(), notice.headline(), portalUrl)));
  }

  void remindOfficer(@Observes(during = TransactionPhase.AFTER_SUCCESS) UpdateReminder reminder) {
    send(
        reminder.email(),
        "Victim update due by " + UpdatePlan.spoken(reminder.dueBy()) + ": " + reminder.reference(),
        CaseEmails.reminder(reminder, portalUrl));
  }

  /** Only the address the person gave for contact, and only if they said email was safe. */
  static Optional<String> victimAddress(ReportForm form) {
    ReportForm.ContactPreferences contact = form.contact();
    if (contact == null || !contact.byEmail() || contact.email() == null) {
      return Optional.empty();
    }
    return Optional.of(contact.email().strip()).filter(a -> !a.isEmpty());
  }

  private void send(String to, String subject, String body) {
    executor.execute(() -> deliver(to, subject, body));
  }

  private void deliver(String to, String subject, String body) {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", host);
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.connectiontimeout", "5000");
    settings.put("mail.smtp.timeout", "10000");
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(settings));
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      // Never with the content: the log must not carry what a victim told us.
      LOG.log(Level.WARNING, "Could not send an email through " + host + ":" + port, e);
    }
  }
}

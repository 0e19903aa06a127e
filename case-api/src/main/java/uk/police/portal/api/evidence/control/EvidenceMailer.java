package uk.police.portal.api.evidence.control;

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
import uk.police.portal.api.casefile.control.ReportJson;
import uk.police.portal.api.casefile.entity.ReportForm;

/**
 * Emails a citizen the receipt for each file they add, after the record has committed and off the
 * request thread, as casefile's CaseMailer does for reports (whose sending is private to it). A
 * citizen who did not allow email gets none.
 */
@ApplicationScoped
public class EvidenceMailer {

  private static final Logger LOG = Logger.getLogger(EvidenceMailer.class.getName());

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

  void sendReceipt(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceReceived received) {
    victimAddress(ReportJson.read(received.reportJson()))
        .ifPresent(
            to ->
                executor.execute(
                    () ->
                        deliver(
                            to,
                            EvidenceEmails.subject(received.receipt()),
                            EvidenceEmails.body(received.receipt(), portalUrl))));
  }

  /** Only the address the person gave for contact, and only if they said email was safe. */
  static Optional<String> victimAddress(ReportForm form) {
    ReportForm.ContactPreferences contact = form.contact();
    if (contact == null || !contact.byEmail() || contact.email() == null) {
      return Optional.empty();
    }
    return Optional.of(contact.email().strip()).filter(a -> !a.isEmpty());
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
      // Never with the content: the log must not carry what a victim sent us.
      LOG.log(Level.WARNING, "Could not send an evidence receipt through " + host + ":" + port, e);
    }
  }
}

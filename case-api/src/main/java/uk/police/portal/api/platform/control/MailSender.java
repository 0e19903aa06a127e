package uk.police.portal.api.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Plain-text email through the configured SMTP server, sent off the request thread: a mail server
 * that is slow or down never delays or loses what the person saved. Failures are logged without the
 * content, which may carry what a victim told us.
 */
@ApplicationScoped
public class MailSender {

  /** The end of every email to a member of the public. */
  public static final String CITIZEN_FOOTER =
      "\n\nIn an emergency, call 999. If you are deaf or cannot speak, use Relay UK on 18000."
          + "\n\nPlease do not reply to this email: nobody reads replies to this address.\n";

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

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

  /** Where links in emails point: the portal's public address. */
  public String portalUrl() {
    return portalUrl;
  }

  public void sendLater(String to, String subject, String body) {
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
      LOG.log(Level.WARNING, "Could not send an email through " + host + ":" + port, e);
    }
  }
}

package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.platform.control.MailSender;

/**
 * A chat's transcript as plain text, the way the citizen saw it (never the staff-only notes), with
 * times in UK time. Sent by email only after the transaction that allowed it has committed.
 */
@ApplicationScoped
public class Transcripts {

  static final String SUBJECT = "Your chat with the police: transcript";
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  @Inject MailSender mail;

  /** An email to send once the transaction commits. */
  public record TranscriptEmail(String to, String body) {}

  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) TranscriptEmail email) {
    mail.sendLater(email.to(), SUBJECT, email.body());
  }

  /** The transcript of the messages the citizen saw. */
  public static String text(Chat chat, List<ChatMessage> messages) {
    StringBuilder text = new StringBuilder();
    text.append("This is the transcript of your chat with the police on ")
        .append(DAY.format(uk(chat.startedAt())))
        .append(". Times are UK time.\n");
    if (chat.caseReference() != null) {
      text.append("Your crime reference number is ").append(chat.caseReference()).append(".\n");
    }
    text.append('\n');
    for (ChatMessage message : messages) {
      if (!message.visibleToCitizen()) {
        continue;
      }
      text.append(TIME.format(uk(message.sentAt())))
          .append("  ")
          .append(speaker(message))
          .append(":\n")
          .append(message.body().indent(2));
    }
    return text.append(MailSender.CITIZEN_FOOTER).toString();
  }

  private static String speaker(ChatMessage message) {
    return switch (message.sender()) {
      case CITIZEN -> "You";
      case BOT -> "Police chat assistant";
      case HANDLER ->
          (message.senderName() == null ? "Contact handler" : message.senderName())
              + " (contact handler)";
      case SYSTEM -> "Chat";
    };
  }

  private static OffsetDateTime uk(OffsetDateTime time) {
    return time.atZoneSameInstant(UK).toOffsetDateTime();
  }
}

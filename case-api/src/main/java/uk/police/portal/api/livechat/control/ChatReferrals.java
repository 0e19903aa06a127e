package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.chatbot.livechat.control.PartnerAgencies;
import uk.police.portal.chatbot.triage.entity.Referral;

/**
 * A handler refers the citizen to a partner agency: the citizen is told who deals with it and how
 * to reach them, in the bot's words and their language; the chat stays open.
 */
@ApplicationScoped
public class ChatReferrals {

  @Inject Messages messages;
  @Inject ChatViews views;

  @Transactional
  public ChatView refer(String chatId, String code, String handler) {
    Referral referral =
        PartnerAgencies.referral(code)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "Choose a partner agency from the list: ACTION_FRAUD, LOCAL_COUNCIL,"
                            + " RSPCA, CITIZENS_ADVICE or NHS_111."));
    Chat chat = messages.lock(chatId);
    if (!chat.isAssignedTo(handler)) {
      throw new RefusedException(
          "This chat is not with you now: it ended, went back to the queue or moved to a"
              + " colleague.");
    }
    chat.recordReferral(referral.name());
    messages.append(
        chat,
        NewMessage.system(
            MessageKind.REFERRED, PartnerAgencies.messageFor(referral, chat.language()), false));
    return views.forStaff(chat);
  }
}

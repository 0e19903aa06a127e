package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.QueuePlace;
import uk.police.portal.api.livechat.entity.Sender;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.chatbot.triage.control.Wording;

/** What each side is shown of a chat. Call inside a transaction. */
@ApplicationScoped
public class ChatViews {

  @Inject PortalDatabase database;
  @Inject Routing routing;

  /** The citizen's view: no summary, no staff fields. */
  public ChatView forCitizen(Chat chat) {
    return citizenView(chat, place(chat), handlerFirstName(chat));
  }

  /** The handler's and supervisor's view, with the bot's summary. */
  public ChatView forStaff(Chat chat) {
    return staffView(chat, place(chat), handlerFirstName(chat), oldestUnansweredAt(chat));
  }

  static ChatView citizenView(Chat chat, Optional<QueuePlace> place, String handlerFirstName) {
    return view(chat, place, handlerFirstName, false, null);
  }

  static ChatView staffView(
      Chat chat,
      Optional<QueuePlace> place,
      String handlerFirstName,
      OffsetDateTime oldestUnansweredAt) {
    return view(chat, place, handlerFirstName, true, oldestUnansweredAt);
  }

  private static ChatView view(
      Chat chat,
      Optional<QueuePlace> place,
      String handlerFirstName,
      boolean staff,
      OffsetDateTime oldestUnansweredAt) {
    return new ChatView(
        chat.id(),
        chat.state(),
        chat.language(),
        Wording.in(chat.language()).rightToLeft(),
        chat.queue().map(Enum::name).orElse(null),
        chat.priority().map(Enum::name).orElse(null),
        place.map(QueuePlace::position).orElse(null),
        place.map(QueuePlace::estimatedWaitSeconds).orElse(null),
        handlerFirstName,
        chat.caseReference(),
        chat.lastSeq(),
        chat.citizenReceivedSeq(),
        chat.handlerReceivedSeq(),
        chat.startedAt(),
        chat.assignedAt(),
        chat.endedAt(),
        staff ? HandOverSummary.read(chat.summaryJson()) : null,
        staff ? chat.handlerUsername() : null,
        staff ? chat.quickExitAt() : null,
        staff ? chat.passedOverBy() : null,
        staff ? oldestUnansweredAt : null);
  }

  private Optional<QueuePlace> place(Chat chat) {
    return chat.state() == ChatState.WAITING ? routing.placeOf(chat) : Optional.empty();
  }

  private String handlerFirstName(Chat chat) {
    if (chat.state() != ChatState.ASSIGNED) {
      return null;
    }
    ChatHandler handler = em().find(ChatHandler.class, chat.handlerUsername());
    return handler == null ? null : handler.firstName();
  }

  /**
   * When the citizen's oldest message that no handler has answered was sent: citizen messages after
   * the last handler message (or after the hand-over, when no handler has written since; the bot
   * answered those before it). Only while a handler has the chat.
   */
  private OffsetDateTime oldestUnansweredAt(Chat chat) {
    if (chat.state() != ChatState.ASSIGNED) {
      return null;
    }
    Integer answered =
        em().createQuery(
                "select max(m.seq) from ChatMessage m where m.chatId = :chat"
                    + " and (m.sender = :handler or m.kind = :handedOver)",
                Integer.class)
            .setParameter("chat", chat.id())
            .setParameter("handler", Sender.HANDLER)
            .setParameter("handedOver", MessageKind.HANDED_OVER)
            .getSingleResult();
    return em().createQuery(
            "select min(m.sentAt) from ChatMessage m where m.chatId = :chat"
                + " and m.sender = :citizen and m.seq > :answered",
            OffsetDateTime.class)
        .setParameter("chat", chat.id())
        .setParameter("citizen", Sender.CITIZEN)
        .setParameter("answered", answered == null ? 0 : answered)
        .getSingleResult();
  }

  private EntityManager em() {
    return database.entityManager();
  }
}

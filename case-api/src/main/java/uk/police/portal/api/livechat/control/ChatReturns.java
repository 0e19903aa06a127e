package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * Chats going back to the head of their queue because their handler cannot answer them: the console
 * lost its connection, the handler has been away too long, or did not answer in time. Every node's
 * sweep may find the same handler or chat at the same moment: each return locks the handler's row
 * and then the chats', and checks again that it is still due, so a chat goes back once. The citizen
 * is told someone else is being found; staff see why in a note.
 */
@ApplicationScoped
public class ChatReturns {

  static final String TO_CITIZEN = "We are finding another contact handler for you.";

  private static final Logger LOG = Logger.getLogger(ChatReturns.class.getName());

  /** Why a chat went back; the name is the {@code reason} of the handler's unassigned event. */
  public enum Why {
    DISCONNECTED,
    AWAY,
    NOT_ANSWERED
  }

  @Inject PortalDatabase database;
  @Inject RowLocks locks;
  @Inject Routing routing;
  @Inject Messages messages;
  @Inject ChatSettings settings;

  /**
   * The handler's console has not been seen since {@code cutoff}: away, and every chat of theirs
   * back to the queue. Returns how many went back.
   */
  @Transactional
  public int disconnected(String username, OffsetDateTime cutoff) {
    ChatHandler handler = locks.handler(username);
    if (handler == null || !handler.lastSeenAt().isBefore(cutoff)) {
      return 0;
    }
    handler.disconnected(routing.now());
    return returnAll(handler, Why.DISCONNECTED);
  }

  /** Away since before {@code cutoff} and still holding chats: the chats go back. */
  @Transactional
  public int awayTooLong(String username, OffsetDateTime cutoff) {
    ChatHandler handler = locks.handler(username);
    if (handler == null
        || handler.availability() != Availability.AWAY
        || !handler.availabilitySince().isBefore(cutoff)) {
      return 0;
    }
    return returnAll(handler, Why.AWAY);
  }

  /** Assigned and due an answer before now: offered to someone else. */
  @Transactional
  public boolean notAnswered(String chatId) {
    String holder = routing.holderOf(chatId);
    ChatHandler handler = locks.handler(holder);
    Chat chat = locks.chat(chatId);
    if (handler == null
        || chat == null
        || !chat.isAssignedTo(holder)
        || chat.answerDueAt() == null
        || chat.answerDueAt().isAfter(routing.now())) {
      return false;
    }
    giveBack(handler, chat, Why.NOT_ANSWERED);
    LOG.info(() -> "Chat " + chatId + " not answered by " + holder + " in time: offered again");
    return true;
  }

  /**
   * The handler's chats, latest in the queue first, each put at the head: so they end up at the
   * head in the order they had.
   */
  private int returnAll(ChatHandler handler, Why why) {
    List<String> ids =
        database
            .entityManager()
            .createQuery(
                "select c.id from Chat c where c.handlerUsername = :h and c.state = :assigned"
                    + " order by c.queueOrder desc, c.id desc",
                String.class)
            .setParameter("h", handler.username())
            .setParameter("assigned", ChatState.ASSIGNED)
            .getResultList();
    int returned = 0;
    for (String id : ids) {
      Chat chat = locks.chat(id);
      if (chat != null && chat.isAssignedTo(handler.username())) {
        giveBack(handler, chat, why);
        returned++;
      }
    }
    if (returned > 0) {
      int count = returned;
      LOG.info(() -> count + " chat(s) of " + handler.username() + " back in the queue: " + why);
    }
    return returned;
  }

  private void giveBack(ChatHandler handler, Chat chat, Why why) {
    chat.returnToQueue(
        handler, routing.headOf(chat.queue().orElseThrow()), why == Why.NOT_ANSWERED);
    messages.append(chat, NewMessage.system(MessageKind.RETURNED, TO_CITIZEN, false));
    messages.append(chat, NewMessage.system(MessageKind.RETURNED, note(handler, why), true));
    routing.unassigned(handler.username(), chat.id(), why.name());
  }

  private String note(ChatHandler handler, Why why) {
    String name = handler.firstName();
    return switch (why) {
      case DISCONNECTED ->
          "Back in the queue: "
              + name
              + "'s console lost its connection for over "
              + inWords(settings.disconnectGrace())
              + ".";
      case AWAY ->
          "Back in the queue: "
              + name
              + " has been away for over "
              + inWords(settings.awayGrace())
              + ".";
      case NOT_ANSWERED ->
          "Offered to another handler: "
              + name
              + " did not answer within "
              + inWords(settings.answerWithin())
              + ".";
    };
  }

  static String inWords(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 60 == 0 && seconds >= 60) {
      long minutes = seconds / 60;
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}

package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.livechat.entity.QueuePlace;
import uk.police.portal.api.livechat.entity.Sender;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * Stores a chat's messages: numbered under the chat's row lock, stored before anyone is told, and
 * signalled to every node once the transaction commits.
 */
@ApplicationScoped
public class Messages {

  private static final int BATCH = 500;

  @Inject PortalDatabase database;
  @Inject ChatSignals signals;
  @Inject Clock clock;
  @Inject Routing routing;

  /** Locks the chat's row for this transaction; a Problem 404 when there is no such chat. */
  public Chat lock(String chatId) {
    Chat chat =
        chatId == null ? null : em().find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
    if (chat == null) {
      throw new NotFoundException(ChatAccess.NOT_HERE);
    }
    return chat;
  }

  /** Reads a chat without locking it; a Problem 404 when there is no such chat. */
  public Chat find(String chatId) {
    Chat chat = chatId == null ? null : em().find(Chat.class, chatId);
    if (chat == null) {
      throw new NotFoundException(ChatAccess.NOT_HERE);
    }
    return chat;
  }

  /**
   * Stores a message on a chat locked by {@link #lock}; signals it after commit. A sender's retry
   * is the caller's to find first, with {@link #stored} under the same lock (it decides what a
   * retry answers); the unique (chat, sender, client id) key stops a second copy regardless.
   */
  public ChatMessage append(Chat lockedChat, NewMessage message) {
    ChatMessage added =
        new ChatMessage(
            lockedChat,
            message.clientId(),
            message.sender(),
            message.senderName(),
            message.kind(),
            message.staffOnly(),
            message.text(),
            message.botJson(),
            OffsetDateTime.now(clock));
    em().persist(added);
    signals.messageStored(lockedChat.id(), added.seq());
    return added;
  }

  /** The message this sender already sent with this client id, if any (check under the lock). */
  public Optional<ChatMessage> stored(Chat chat, Sender sender, String clientId) {
    if (clientId == null) {
      return Optional.empty();
    }
    return em().createNamedQuery(ChatMessage.BY_CLIENT_ID, ChatMessage.class)
        .setParameter("chat", chat.id())
        .setParameter("sender", sender)
        .setParameter("clientId", clientId)
        .getResultStream()
        .findFirst();
  }

  /** The chat's messages after {@code seq}, in order, for everyone (filter for the citizen). */
  public List<ChatMessage> after(String chatId, int seq) {
    return em().createNamedQuery(ChatMessage.AFTER, ChatMessage.class)
        .setParameter("chat", chatId)
        .setParameter("after", seq)
        .getResultList();
  }

  /**
   * What a node's streams of one chat need, in one short transaction: the chat as it is now, its
   * messages after {@code afterSeq}, and its place in the queue while it waits.
   */
  @Transactional
  public ChatUpdate update(String chatId, int afterSeq) {
    Chat chat = em().find(Chat.class, chatId);
    if (chat == null) {
      return new ChatUpdate(null, List.of(), Optional.empty());
    }
    Optional<QueuePlace> place =
        chat.state() == ChatState.WAITING ? routing.placeOf(chat) : Optional.empty();
    return new ChatUpdate(chat, after(chatId, afterSeq), place);
  }

  /** Places in the queue of those of these chats that are waiting. */
  @Transactional
  public Map<String, QueuePlace> places(Collection<String> chatIds) {
    Map<String, QueuePlace> places = new HashMap<>();
    List<String> ids = List.copyOf(chatIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      em().createQuery("select c from Chat c where c.id in :ids and c.state = :waiting", Chat.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .setParameter("waiting", ChatState.WAITING)
          .getResultStream()
          .forEach(chat -> routing.placeOf(chat).ifPresent(p -> places.put(chat.id(), p)));
    }
    return places;
  }

  /** A chat (null when there is none), the messages a stream has not seen yet, its queue place. */
  public record ChatUpdate(Chat chat, List<ChatMessage> messages, Optional<QueuePlace> place) {}

  private EntityManager em() {
    return database.entityManager();
  }
}

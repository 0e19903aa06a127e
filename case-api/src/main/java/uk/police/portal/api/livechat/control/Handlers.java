package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.HandlerView;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/**
 * Contact handlers as the router knows them: the row made the first time they open the console,
 * their availability, and the limit and skills a supervisor sets. Each change locks the handler's
 * row, as routing does, so a limit never drops below the chats being assigned at that moment.
 */
@ApplicationScoped
public class Handlers {

  @Inject PortalDatabase database;
  @Inject RowLocks locks;
  @Inject ChatSignals signals;
  @Inject ChatStreams streams;
  @Inject ChatViews views;
  @Inject ChatSettings settings;
  @Inject Clock clock;

  /**
   * The handler's row, made on their first call (away, with the default limit and skills). Two
   * first calls at once: one insert wins, the other breaks the primary key and is retried by the
   * caller through {@link RowLocks#retrying}, finding the row.
   */
  @Transactional
  public HandlerView me(String username, String firstName) {
    EntityManager em = database.entityManager();
    ChatHandler handler = em.find(ChatHandler.class, username);
    if (handler == null) {
      handler =
          new ChatHandler(
              username,
              firstName,
              settings.defaultLimit(),
              settings.defaultSkills(),
              OffsetDateTime.now(clock));
      em.persist(handler);
      em.flush();
    }
    return HandlerView.of(handler);
  }

  /** Their console stream opened: their row (made if need be), seen now. */
  @Transactional
  public HandlerView consoleOpened(String username, String firstName) {
    me(username, firstName);
    ChatHandler handler = locks.handler(username);
    handler.seen(OffsetDateTime.now(clock));
    return HandlerView.of(handler);
  }

  /**
   * A console just opened learns where its handler stands at once (and its browser sees the stream
   * answer). Only this node's consoles: the others already know.
   */
  public void tellConsoles(HandlerView view) {
    streams.handlerEvent(view.username(), "handler", Routing.JSON.toJson(view));
  }

  /** AVAILABLE, BUSY or AWAY; the caller dispatches after commit when it is AVAILABLE. */
  @Transactional
  public HandlerView changeAvailability(String username, Availability to) {
    if (to == null) {
      throw new InvalidRequestException(
          "Send your availability: AVAILABLE, BUSY or AWAY, as {\"availability\":\"AVAILABLE\"}.");
    }
    ChatHandler handler = existing(username);
    handler.changeAvailability(to, OffsetDateTime.now(clock));
    return told(handler);
  }

  /** A supervisor sets a handler's limit and skills; 409 below the chats they hold now. */
  @Transactional
  public HandlerView change(String username, Integer limit, List<String> skillNames) {
    if (limit == null) {
      throw new InvalidRequestException(
          "Send the chat limit as a whole number from 1 to " + ChatHandler.MAX_LIMIT + ".");
    }
    ChatHandler handler = existing(username);
    handler.changeLimitAndSkills(limit, skills(skillNames, handler));
    return told(handler);
  }

  /** The handler's chats, oldest assignment first. */
  @Transactional
  public List<ChatView> chatsOf(String username) {
    return database
        .entityManager()
        .createQuery(
            "select c from Chat c where c.handlerUsername = :me and c.state = :assigned"
                + " order by c.assignedAt, c.id",
            Chat.class)
        .setParameter("me", username)
        .setParameter("assigned", ChatState.ASSIGNED)
        .getResultStream()
        .map(views::forStaff)
        .toList();
  }

  /** Every handler, for the supervisor's board. */
  @Transactional
  public List<HandlerView> all() {
    return database
        .entityManager()
        .createQuery("select h from ChatHandler h order by h.username", ChatHandler.class)
        .getResultStream()
        .map(HandlerView::of)
        .toList();
  }

  private ChatHandler existing(String username) {
    ChatHandler handler = locks.handler(username);
    if (handler == null) {
      throw new NotFoundException(
          "There is no contact handler called "
              + username
              + " yet. A handler appears here once they have opened the chat console.");
    }
    return handler;
  }

  private HandlerView told(ChatHandler handler) {
    HandlerView view = HandlerView.of(handler);
    signals.toHandler(handler.username(), "handler", Routing.JSON.toJson(view));
    return view;
  }

  /** Unchanged when none are sent; 400 naming the queues when one is unknown. */
  private static Set<ChatQueue> skills(List<String> names, ChatHandler handler) {
    if (names == null) {
      return handler.skills();
    }
    Set<ChatQueue> skills = EnumSet.noneOf(ChatQueue.class);
    for (String name : names) {
      try {
        skills.add(ChatQueue.valueOf(name));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        throw new InvalidRequestException(
            "There is no queue called " + name + ". The queues are GENERAL and PUBLIC_PROTECTION.");
      }
    }
    return skills;
  }
}

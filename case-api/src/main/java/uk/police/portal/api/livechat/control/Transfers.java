package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/**
 * A chat moved by its handler or a supervisor: to the head of a queue, or straight to a colleague
 * who is available, has the skill and a free slot. Every handler row involved is locked first, in
 * username order, then the chat; everything is checked on the locked rows. The note goes to staff
 * only. Callers dispatch after commit (a slot may have come free).
 */
@ApplicationScoped
public class Transfers {

  static final String TO_CITIZEN =
      "We are passing you to a colleague who can help with this. Please stay in this chat.";

  @Inject RowLocks locks;
  @Inject Routing routing;
  @Inject Messages messages;
  @Inject ChatSignals signals;
  @Inject ChatViews views;
  @Inject ChatSettings settings;

  /** Who is moving the chat: its handler, or a supervisor (who may move any open chat). */
  public record Mover(String username, String name, boolean supervisor) {}

  @Transactional
  public ChatView toQueue(String chatId, ChatQueue queue, String note, Mover by) {
    String holder = routing.holderOf(chatId);
    ChatHandler current = locks.handler(holder);
    Chat chat = lockedChat(chatId, holder, by);
    boolean wasWithSomeone = chat.state() == ChatState.ASSIGNED;
    chat.passOn(queue, current, routing.headOf(queue));
    if (wasWithSomeone) {
      messages.append(chat, NewMessage.system(MessageKind.TRANSFERRED, TO_CITIZEN, false));
      routing.unassigned(holder, chatId, "TRANSFERRED");
    }
    staffNote(chat, by.name() + " moved this chat to the " + inWords(queue) + " queue.", note);
    return views.forStaff(chat);
  }

  @Transactional
  public ChatView toColleague(String chatId, String colleagueName, String note, Mover by) {
    String holder = routing.holderOf(chatId);
    List<String> names = new ArrayList<>(List.of(colleagueName));
    if (holder != null) {
      names.add(holder);
    }
    List<ChatHandler> locked = locks.handlers(names);
    Chat chat = lockedChat(chatId, holder, by);
    ChatHandler colleague = find(locked, colleagueName);
    ChatHandler current = find(locked, holder);
    if (colleague == null) {
      throw new InvalidRequestException(
          "There is no contact handler called "
              + colleagueName
              + ". Choose a colleague who has the chat console open.");
    }
    requireCanTake(colleague, chat);
    chat.transferTo(colleague, current, routing.now(), settings.answerWithin());
    messages.append(
        chat,
        NewMessage.system(
            MessageKind.JOINED, colleague.firstName() + " has joined the chat.", false));
    if (holder != null) {
      routing.unassigned(holder, chatId, "TRANSFERRED");
    }
    staffNote(chat, by.name() + " transferred this chat to " + colleague.firstName() + ".", note);
    ChatView view = views.forStaff(chat);
    signals.toHandler(colleague.username(), "assigned", Routing.JSON.toJson(view));
    return view;
  }

  /** The chat, locked after its handler; checked that it did not move meanwhile. */
  private Chat lockedChat(String chatId, String holder, Mover by) {
    Chat chat = locks.chat(chatId);
    if (chat == null) {
      throw new NotFoundException(ChatAccess.NOT_HERE);
    }
    if (!Objects.equals(chat.handlerUsername(), holder)) {
      throw new RowsChanged();
    }
    if (!by.supervisor() && !chat.isAssignedTo(by.username())) {
      throw new RefusedException(
          "This chat is not with you now: it ended, went back to the queue or moved to a"
              + " colleague.");
    }
    if (chat.state() == ChatState.ENDED || chat.state() == ChatState.BOT) {
      throw new ConflictException(
          chat.state() == ChatState.ENDED
              ? "This chat has ended, so it cannot be moved."
              : "This chat is still with the bot; it can be moved once it is handed over.");
    }
    return chat;
  }

  private static void requireCanTake(ChatHandler colleague, Chat chat) {
    String name = colleague.firstName();
    ChatQueue queue = chat.queue().orElseThrow();
    if (colleague.availability() != Availability.AVAILABLE) {
      throw new ConflictException(
          name + " is not available for chats now (" + inWords(colleague.availability()) + ").");
    }
    if (!colleague.hasSkill(queue)) {
      throw new ConflictException(name + " does not take " + inWords(queue) + " chats.");
    }
    if (!colleague.hasRoom()) {
      throw new ConflictException(name + " has no free chat slot.");
    }
  }

  private void staffNote(Chat chat, String what, String note) {
    String text = note == null || note.isBlank() ? what : what + " Note: " + note.strip();
    messages.append(chat, NewMessage.system(MessageKind.TRANSFERRED, text, true));
  }

  private static ChatHandler find(List<ChatHandler> handlers, String username) {
    return handlers.stream()
        .filter(h -> h != null && h.username().equals(username))
        .findFirst()
        .orElse(null);
  }

  static String inWords(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

package uk.police.portal.ui.staff.chat;

import java.util.Locale;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.ChatTransfer;

/**
 * Where a chat can be moved: a queue, or a handler by name.
 *
 * @param name what it is called in a sentence ("the Public protection queue", "Harry")
 * @param label the choice as offered, with how busy a handler is
 */
record MoveTarget(String name, String label, String queue, String handler) {

  static MoveTarget queue(String queue) {
    String name = "the " + ChatWords.queue(queue) + " queue";
    return new MoveTarget(name, ChatWords.queue(queue) + " queue", queue, null);
  }

  static MoveTarget handler(ChatHandler handler) {
    String state =
        "AVAILABLE".equals(handler.availability())
            ? handler.activeChats() + " of " + handler.chatLimit() + " chats"
            : ChatWords.availability(handler.availability()).toLowerCase(Locale.UK);
    String name = firstName(handler);
    return new MoveTarget(
        name, name + " (" + handler.username() + "), " + state, null, handler.username());
  }

  static String firstName(ChatHandler handler) {
    return handler.firstName() == null || handler.firstName().isBlank()
        ? handler.username()
        : handler.firstName();
  }

  ChatTransfer transfer(String note) {
    String kept = note == null || note.isBlank() ? null : note.strip();
    return queue != null
        ? ChatTransfer.toQueue(queue, kept)
        : ChatTransfer.toHandler(handler, kept);
  }
}

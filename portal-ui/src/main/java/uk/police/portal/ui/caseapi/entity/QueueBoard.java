package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/**
 * What a supervisor sees of live chat ({@code GET /api/chat/queues}): every queue, every handler,
 * and the chats each handler has.
 */
public record QueueBoard(List<Queue> queues, List<ChatHandler> handlers, List<HeldChat> held) {

  public QueueBoard {
    queues = queues == null ? List.of() : List.copyOf(queues);
    handlers = handlers == null ? List.of() : List.copyOf(handlers);
    held = held == null ? List.of() : List.copyOf(held);
  }

  /** The chats {@code username} has now, the longest held first. */
  public List<HeldChat> heldBy(String username) {
    return held.stream().filter(chat -> username.equals(chat.handler())).toList();
  }

  /** One queue's waiting chats, next first. */
  public record Queue(String queue, List<WaitingChat> waiting) {
    public Queue {
      waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }
  }

  /**
   * A chat waiting for a handler.
   *
   * @param priority EMERGENCY, HIGH_RISK or STANDARD
   * @param passedOverBy the handler who let it go (not answered in time, away), if any
   */
  public record WaitingChat(
      String chatId, String priority, String category, int waitingSeconds, String passedOverBy) {}

  /**
   * A chat a handler has now.
   *
   * @param queue the queue it came from (GENERAL or PUBLIC_PROTECTION)
   * @param withHandlerSeconds since it was given to them
   */
  public record HeldChat(
      String chatId,
      String handler,
      String queue,
      String priority,
      String category,
      int withHandlerSeconds) {}
}

package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/**
 * What a supervisor sees of live chat ({@code GET /api/chat/queues}): every queue, every handler.
 */
public record QueueBoard(List<Queue> queues, List<ChatHandler> handlers) {

  public QueueBoard {
    queues = queues == null ? List.of() : List.copyOf(queues);
    handlers = handlers == null ? List.of() : List.copyOf(handlers);
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
}

package uk.police.portal.api.livechat.entity;

import java.util.List;

/**
 * What a supervisor sees: every queue's waiting chats in routing order, every handler, and the
 * chats handlers hold (so that a supervisor can move one from a handler who is overwhelmed).
 */
public record QueueBoard(List<Queue> queues, List<HandlerView> handlers, List<Held> held) {

  public record Queue(String queue, List<Waiting> waiting) {}

  /**
   * @param waitingSeconds since the chat was first handed over
   * @param passedOverBy the handler who did not answer it in time, or null
   */
  public record Waiting(
      String chatId, String priority, String category, long waitingSeconds, String passedOverBy) {}

  /**
   * A chat a handler has now.
   *
   * @param withHandlerSeconds since it was assigned to them
   */
  public record Held(
      String chatId,
      String handler,
      String queue,
      String priority,
      String category,
      long withHandlerSeconds) {}
}

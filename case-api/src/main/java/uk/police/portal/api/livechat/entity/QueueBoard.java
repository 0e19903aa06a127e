package uk.police.portal.api.livechat.entity;

import java.util.List;

/** What a supervisor sees: every queue's waiting chats in routing order, and every handler. */
public record QueueBoard(List<Queue> queues, List<HandlerView> handlers) {

  public record Queue(String queue, List<Waiting> waiting) {}

  /**
   * @param waitingSeconds since the chat was first handed over
   * @param passedOverBy the handler who did not answer it in time, or null
   */
  public record Waiting(
      String chatId, String priority, String category, long waitingSeconds, String passedOverBy) {}
}

package uk.police.portal.chatbot.livechat.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat in a queue as the router sees it.
 *
 * @param priorityRank 0 emergency, 1 high risk, 2 standard (the triage priority in queue order)
 * @param queueOrder its place within its priority: earlier goes first (a returned chat gets one
 *     earlier than every waiting chat)
 * @param passedOverBy the handler who was given it and did not answer in time, or null
 */
public record WaitingChat(
    String id, ChatQueue queue, int priorityRank, Instant queueOrder, String passedOverBy) {

  public WaitingChat {
    Objects.requireNonNull(id);
    Objects.requireNonNull(queue);
    Objects.requireNonNull(queueOrder);
  }

  /** Routing order: priority, then longest waiting; the id only makes ties repeatable. */
  public boolean goesBefore(WaitingChat other) {
    if (priorityRank != other.priorityRank) {
      return priorityRank < other.priorityRank;
    }
    int byOrder = queueOrder.compareTo(other.queueOrder);
    return byOrder != 0 ? byOrder < 0 : id.compareTo(other.id) < 0;
  }
}

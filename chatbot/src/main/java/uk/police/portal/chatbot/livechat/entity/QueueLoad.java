package uk.police.portal.chatbot.livechat.entity;

import java.time.Duration;

/**
 * How busy a queue's handlers are now and were lately: what a wait estimate is made from.
 *
 * @param freeSlots free chat slots of the available handlers with the queue's skill
 * @param slots chat limits of those handlers added up
 * @param recentAssignments chats of this queue given to a handler within {@code window}
 * @param window how far back {@code recentAssignments} looks
 * @param averageHandling how long a chat of this queue lately stayed with its handler; null when
 *     none ended lately
 */
public record QueueLoad(
    int freeSlots, int slots, int recentAssignments, Duration window, Duration averageHandling) {

  /** Nobody on the queue and nothing known: the estimate falls back to usual figures. */
  public static QueueLoad unknown() {
    return new QueueLoad(0, 0, 0, Duration.ofMinutes(15), null);
  }
}

package uk.police.portal.chatbot.livechat.control;

import java.time.Duration;
import uk.police.portal.chatbot.livechat.entity.QueueLoad;

/**
 * About how long until a handler joins, for the citizen waiting in a queue.
 *
 * <p>The model is a queue served at a rate: the chats ahead that the free slots cannot take at once
 * must wait for slots to open, and slots open at the faster of two rates, each of which undercounts
 * in its own way: the chats of this queue actually assigned lately (misses slots that stood free
 * with nothing waiting), and the handlers' slots turned over once per average handling time (misses
 * chats ended early). With nobody on the queue we assume one slot opens per usual handling time:
 * someone will come back, and "about ten minutes" is more honest than "unknown".
 *
 * @param seconds the estimate before rounding; 0 when a free slot is waiting for it now
 */
public record WaitEstimate(long seconds) {

  /** A usual chat with a contact handler when no recent figures exist. */
  static final Duration USUAL_HANDLING = Duration.ofMinutes(10);

  private static final int ENOUGH_ASSIGNMENTS = 3;

  /**
   * @param position 1 for the next chat of the queue
   */
  public static WaitEstimate of(int position, QueueLoad load) {
    int ahead = position - Math.max(0, load.freeSlots());
    if (ahead <= 0) {
      return new WaitEstimate(0);
    }
    double perSecond = Math.max(assignedLately(load), turnedOver(load));
    return new WaitEstimate((long) Math.ceil(ahead / perSecond));
  }

  private static double assignedLately(QueueLoad load) {
    long window = load.window() == null ? 0 : load.window().toSeconds();
    return load.recentAssignments() >= ENOUGH_ASSIGNMENTS && window > 0
        ? (double) load.recentAssignments() / window
        : 0;
  }

  private static double turnedOver(QueueLoad load) {
    Duration handling =
        load.averageHandling() == null || load.averageHandling().toSeconds() < 1
            ? USUAL_HANDLING
            : load.averageHandling();
    return (double) Math.max(1, load.slots()) / handling.toSeconds();
  }

  /**
   * Whole minutes, at least one: a citizen shown "0 minutes" who then waits feels lied to, and
   * seconds suggest a precision nobody has.
   */
  public int citizenSeconds() {
    long minutes = Math.max(1, Math.round(seconds / 60.0));
    return (int) Math.min(Integer.MAX_VALUE / 60, minutes) * 60;
  }

  /** "about a minute", "about 7 minutes". */
  public String spoken() {
    int minutes = citizenSeconds() / 60;
    return minutes == 1 ? "about a minute" : "about " + minutes + " minutes";
  }
}

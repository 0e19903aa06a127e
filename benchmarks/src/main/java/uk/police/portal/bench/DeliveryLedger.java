package uk.police.portal.bench;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Every message the bench's citizens send, numbered from 0, and what became of it: when the POST
 * started, whether case-api acknowledged it (201: stored), and when it first reached the handler's
 * stream. Lost: acknowledged and never delivered. Duplicates are counted by the streams (a seq seen
 * twice on one stream) and reported here. Safe to call from any thread.
 */
final class DeliveryLedger {

  private static final byte SENT = 1;
  private static final byte ACKNOWLEDGED = 2;
  private static final byte REFUSED = 3;

  private final long[] started;
  private final long[] delivered;
  private final long[] answered;
  private final byte[] state;
  private final boolean[] measured;
  private long duplicates;

  /**
   * What the ledger holds now.
   *
   * @param sent POSTs started
   * @param acknowledged answered 201
   * @param refused answered otherwise, or not at all (timeout, connection lost)
   * @param unanswered no answer yet
   * @param delivered reached the handler's stream (acknowledged or not)
   * @param lost acknowledged and not (yet) delivered
   * @param duplicates seqs received twice on one stream
   */
  record Tally(
      int sent,
      int acknowledged,
      int refused,
      int unanswered,
      int delivered,
      int lost,
      long duplicates) {}

  DeliveryLedger(int capacity) {
    started = new long[capacity];
    delivered = new long[capacity];
    answered = new long[capacity];
    state = new byte[capacity];
    measured = new boolean[capacity];
  }

  int capacity() {
    return state.length;
  }

  /** The POST of message n starts now; {@code inWindow}: its delivery time counts. */
  synchronized void sent(int n, long startedNanos, boolean inWindow) {
    started[n] = startedNanos;
    state[n] = SENT;
    measured[n] = inWindow;
  }

  /** case-api answered message n with this status (0: no answer) at {@code answeredNanos}. */
  synchronized void answered(int n, int status, long answeredNanos) {
    state[n] = status == 201 ? ACKNOWLEDGED : REFUSED;
    answered[n] = answeredNanos;
  }

  /** Message n arrived on its handler's stream; only the first arrival counts. */
  synchronized void delivered(int n, long arrivalNanos) {
    if (n >= 0 && n < state.length && state[n] != 0 && delivered[n] == 0) {
      delivered[n] = Math.max(1, arrivalNanos);
    }
  }

  synchronized void duplicate() {
    duplicates++;
  }

  synchronized Tally tally() {
    int sent = 0;
    int acknowledged = 0;
    int refused = 0;
    int arrived = 0;
    int lost = 0;
    for (int n = 0; n < state.length; n++) {
      if (state[n] == 0) {
        continue;
      }
      sent++;
      acknowledged += state[n] == ACKNOWLEDGED ? 1 : 0;
      refused += state[n] == REFUSED ? 1 : 0;
      arrived += delivered[n] != 0 ? 1 : 0;
      lost += state[n] == ACKNOWLEDGED && delivered[n] == 0 ? 1 : 0;
    }
    return new Tally(
        sent, acknowledged, refused, sent - acknowledged - refused, arrived, lost, duplicates);
  }

  /**
   * Delivery times (arrival − start of the POST) of the acknowledged messages in the window whose
   * POST started at a time {@code startedAt} accepts.
   */
  synchronized double[] deliveryMillis(LongPredicate startedAt) {
    double[] millis = new double[state.length];
    int count = 0;
    for (int n = 0; n < state.length; n++) {
      if (measured[n]
          && state[n] == ACKNOWLEDGED
          && delivered[n] != 0
          && startedAt.test(started[n])) {
        millis[count++] = (delivered[n] - started[n]) / 1e6;
      }
    }
    return Arrays.copyOf(millis, count);
  }

  /** How long case-api took to acknowledge (201) each measured message. */
  synchronized double[] acknowledgementMillis() {
    double[] millis = new double[state.length];
    int count = 0;
    for (int n = 0; n < state.length; n++) {
      if (measured[n] && state[n] == ACKNOWLEDGED) {
        millis[count++] = (answered[n] - started[n]) / 1e6;
      }
    }
    return Arrays.copyOf(millis, count);
  }
}

package uk.police.portal.bench;

import java.util.BitSet;

/**
 * The message numbers (seq) one party has received on a chat's stream, across its reconnects: the
 * contract promises never a seq twice, so a second one is a duplicate.
 */
final class SeqsSeen {

  private final BitSet seen = new BitSet();
  private int highest;

  /** False when this seq had already arrived. */
  synchronized boolean firstTime(int seq) {
    if (seen.get(seq)) {
      return false;
    }
    seen.set(seq);
    highest = Math.max(highest, seq);
    return true;
  }

  /** The highest seq received: where a reconnect picks up (Last-Event-ID). */
  synchronized int highest() {
    return highest;
  }
}

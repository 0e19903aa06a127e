package uk.police.portal.ui.caseapi.control;

import java.time.Duration;

/**
 * How long to wait before the next reconnect: the first delay, then twice as long each time up to
 * the longest (1, 2, 4, 8, 15, 15… seconds by default), and back to the first once a connection
 * brought something.
 */
final class Backoff {

  private final Duration first;
  private final Duration longest;
  private Duration next;

  Backoff(Duration first, Duration longest) {
    this.first = first;
    this.longest = longest;
    this.next = first;
  }

  synchronized Duration next() {
    Duration now = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(longest) > 0 ? longest : doubled;
    return now;
  }

  synchronized void reset() {
    next = first;
  }
}

package uk.police.portal.api.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something that happens in the background (a sweep, a dispatch after commit) by asking
 * again until it holds, with a generous limit: never by sleeping a guessed time.
 */
public final class Poll {

  public static final Duration PATIENCE = Duration.ofSeconds(90);

  private Poll() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, () -> condition.getAsBoolean(), ok -> ok);
  }

  /** The first value that satisfies {@code ok}; fails naming {@code what} and the last value. */
  public static <T> T until(String what, Supplier<T> value, Predicate<T> ok) {
    Instant giveUp = Instant.now().plus(PATIENCE);
    T last = null;
    while (Instant.now().isBefore(giveUp)) {
      last = value.get();
      if (ok.test(last)) {
        return last;
      }
      pause(Duration.ofMillis(250));
    }
    throw new AssertionError(
        "Waited " + PATIENCE.toSeconds() + " s for " + what + "; last: " + last);
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

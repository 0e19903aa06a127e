package uk.police.portal.api.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.platform.entity.ConflictException;

class RowLocksTest {

  private static RuntimeException database(String sqlState) {
    return new PersistenceException("wrapped", new SQLException("from the driver", sqlState));
  }

  @Test
  void deadlocksLockTimeoutsAndChangedRowsAreRacesLost() {
    assertThat(RowLocks.lostARace(database("40P01"))).as("PostgreSQL deadlock").isTrue();
    assertThat(RowLocks.lostARace(database("40001"))).as("serialization, H2 deadlock").isTrue();
    assertThat(RowLocks.lostARace(database("55P03"))).as("lock not available").isTrue();
    assertThat(RowLocks.lostARace(database("HYT00"))).as("H2 lock timeout").isTrue();
    assertThat(RowLocks.lostARace(database("23514"))).as("check constraint").isTrue();
    assertThat(RowLocks.lostARace(new RowsChanged())).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(RowLocks.lostARace(database("08006"))).as("connection lost").isFalse();
    assertThat(RowLocks.lostARace(new ConflictException("Harry has no free chat slot."))).isFalse();
    assertThat(RowLocks.lostARace(new IllegalStateException())).isFalse();
  }

  @Test
  void aLostRaceIsRunAgainUpToFiveTimesInAll() {
    AtomicInteger runs = new AtomicInteger();
    String result =
        RowLocks.retrying(
            "test",
            () -> {
              if (runs.incrementAndGet() < 5) {
                throw new RowsChanged();
              }
              return "done";
            });
    assertThat(result).isEqualTo("done");
    assertThat(runs).hasValue(5);

    AtomicInteger always = new AtomicInteger();
    assertThatThrownBy(
            () ->
                RowLocks.retrying(
                    "test",
                    () -> {
                      always.incrementAndGet();
                      throw database("40P01");
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThat(always).hasValue(5);
  }

  @Test
  void anythingElseIsNotRunAgain() {
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(
            () ->
                RowLocks.retrying(
                    "test",
                    () -> {
                      runs.incrementAndGet();
                      throw new ConflictException("no");
                    }))
        .isInstanceOf(ConflictException.class);
    assertThat(runs).hasValue(1);
  }

  @Test
  void durationsAreSaidInWords() {
    assertThat(ChatReturns.inWords(java.time.Duration.ofSeconds(60))).isEqualTo("1 minute");
    assertThat(ChatReturns.inWords(java.time.Duration.ofSeconds(120))).isEqualTo("2 minutes");
    assertThat(ChatReturns.inWords(java.time.Duration.ofSeconds(8))).isEqualTo("8 seconds");
  }
}

package uk.police.portal.chatbot.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.livechat.entity.QueueLoad;

class WaitEstimateTest {

  private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

  @Test
  void aChatAFreeSlotWillTakeNowIsAboutAMinuteNeverNothing() {
    WaitEstimate now = WaitEstimate.of(2, new QueueLoad(3, 8, 0, QUARTER_HOUR, null));
    assertThat(now.seconds()).isZero();
    assertThat(now.citizenSeconds()).isEqualTo(60);
    assertThat(now.spoken()).isEqualTo("about a minute");
  }

  @Test
  void slotsTurnOverOncePerAverageHandlingTime() {
    // 8 slots, 8-minute chats: a slot every minute; fifth in line with no free slot waits 5.
    QueueLoad full = new QueueLoad(0, 8, 0, QUARTER_HOUR, Duration.ofMinutes(8));
    assertThat(WaitEstimate.of(5, full).seconds()).isEqualTo(300);
    assertThat(WaitEstimate.of(5, full).spoken()).isEqualTo("about 5 minutes");
  }

  @Test
  void theRecentAssignmentRateCountsWhenItIsFaster() {
    // 30 assignments in 15 minutes: one every 30 s; 4th in line waits 2 minutes.
    QueueLoad busy = new QueueLoad(0, 4, 30, QUARTER_HOUR, Duration.ofMinutes(10));
    assertThat(WaitEstimate.of(4, busy).seconds()).isEqualTo(120);
  }

  @Test
  void aFewAssignmentsAreTooFewToTrust() {
    QueueLoad quiet = new QueueLoad(0, 4, 2, Duration.ofSeconds(10), Duration.ofMinutes(4));
    assertThat(WaitEstimate.of(1, quiet).seconds()).isEqualTo(60);
  }

  @Test
  void freeSlotsTakeTheFirstInLine() {
    QueueLoad oneFree = new QueueLoad(1, 4, 0, QUARTER_HOUR, Duration.ofMinutes(4));
    assertThat(WaitEstimate.of(1, oneFree).seconds()).isZero();
    assertThat(WaitEstimate.of(3, oneFree).seconds()).isEqualTo(120);
  }

  @Test
  void withNobodyOnTheQueueOneSlotOpensPerUsualChat() {
    WaitEstimate nobody = WaitEstimate.of(2, QueueLoad.unknown());
    assertThat(nobody.seconds()).isEqualTo(2 * WaitEstimate.USUAL_HANDLING.toSeconds());
    assertThat(nobody.spoken()).isEqualTo("about 20 minutes");
  }

  @Test
  void roundsToTheNearestMinuteForTheCitizen() {
    assertThat(new WaitEstimate(29).citizenSeconds()).isEqualTo(60);
    assertThat(new WaitEstimate(89).citizenSeconds()).isEqualTo(60);
    assertThat(new WaitEstimate(91).citizenSeconds()).isEqualTo(120);
    assertThat(new WaitEstimate(91).spoken()).isEqualTo("about 2 minutes");
  }
}

package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryLedgerTest {

  private static final long MS = 1_000_000;
  private final DeliveryLedger ledger = new DeliveryLedger(10);

  @Test
  void anAcknowledgedMessageThatNeverArrivesIsLost() {
    ledger.sent(0, 100 * MS, true);
    ledger.answered(0, 201, 0);
    ledger.sent(1, 105 * MS, true);
    ledger.answered(1, 201, 0);
    ledger.delivered(1, 115 * MS);
    DeliveryLedger.Tally tally = ledger.tally();
    assertThat(tally.sent()).isEqualTo(2);
    assertThat(tally.acknowledged()).isEqualTo(2);
    assertThat(tally.delivered()).isEqualTo(1);
    assertThat(tally.lost()).isEqualTo(1);
  }

  @Test
  void aRefusedMessageIsNotLostEvenWhenNeverDelivered() {
    ledger.sent(0, 0, true);
    ledger.answered(0, 503, 0);
    ledger.sent(1, 0, true);
    DeliveryLedger.Tally tally = ledger.tally();
    assertThat(tally.refused()).isEqualTo(1);
    assertThat(tally.unanswered()).isEqualTo(1);
    assertThat(tally.lost()).isZero();
  }

  @Test
  void deliveryTimeRunsFromTheStartOfThePostAndTheFirstArrivalCounts() {
    ledger.sent(0, 100 * MS, true);
    ledger.delivered(0, 112 * MS); // the handler may see it before the 201 arrives
    ledger.answered(0, 201, 115 * MS);
    ledger.delivered(0, 400 * MS); // again after a reconnect
    assertThat(ledger.deliveryMillis(started -> true)).containsExactly(12.0);
    assertThat(ledger.acknowledgementMillis()).containsExactly(15.0);
    assertThat(ledger.tally().lost()).isZero();
  }

  @Test
  void onlyMessagesInTheWindowHaveTheirTimeMeasuredButAllCountForLoss() {
    ledger.sent(0, 0, false); // warm-up
    ledger.answered(0, 201, 0);
    ledger.sent(1, 10 * MS, true);
    ledger.answered(1, 201, 0);
    ledger.delivered(1, 13 * MS);
    assertThat(ledger.deliveryMillis(started -> true)).containsExactly(3.0);
    assertThat(ledger.tally().lost()).as("the warm-up's message never arrived").isEqualTo(1);
  }

  @Test
  void deliveryTimesCanBeChosenByWhenThePostStarted() {
    ledger.sent(0, 1_000 * MS, true);
    ledger.answered(0, 201, 0);
    ledger.delivered(0, 1_004 * MS);
    ledger.sent(1, 2_000 * MS, true);
    ledger.answered(1, 201, 0);
    ledger.delivered(1, 2_900 * MS);
    assertThat(ledger.deliveryMillis(started -> started < 1_500 * MS)).containsExactly(4.0);
  }

  @Test
  void aSeqSeenTwiceOnOneStreamIsADuplicate() {
    SeqsSeen handlerStream = new SeqsSeen();
    for (int seq : new int[] {1, 2, 3, 2, 4, 4}) {
      if (!handlerStream.firstTime(seq)) {
        ledger.duplicate();
      }
    }
    assertThat(ledger.tally().duplicates()).isEqualTo(2);
    assertThat(handlerStream.highest()).isEqualTo(4);
  }

  @Test
  void anArrivalOfAMessageNeverSentIsIgnored() {
    ledger.delivered(3, 5);
    ledger.delivered(42, 5);
    assertThat(ledger.tally().delivered()).isZero();
  }
}

package uk.police.portal.api.casefile.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  static final Person ALICE = new Person("s-alice", "alice", "Alice Ashworth");
  static final Person IAN = new Person("s-ian", "ian", "Ian Irving");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  static CaseFile reported() {
    return new CaseFile(
        CaseReference.random(), ALICE, "THEFT", VictimRights.STANDARD, OffsetDateTime.now(), "{}");
  }

  @Test
  void assigningAReceivedCaseMeansItIsBeingInvestigated() {
    CaseFile file = reported();

    file.assignTo(IAN);

    assertThat(file.workedBy("s-ian")).isTrue();
    assertThat(file.workedBy("s-alice")).isFalse();
    assertThat(file.status()).isEqualTo(CaseStatus.INVESTIGATING);
  }

  @Test
  void theEarliestDeadlineWinsUntilTheVictimIsTold() {
    CaseFile file = reported();
    file.updateDueBy(MONDAY.plusDays(4));

    file.updateDueBy(MONDAY.plusDays(1));
    file.updateDueBy(MONDAY.plusDays(3));
    assertThat(file.updateDueOn()).contains(MONDAY.plusDays(1));

    file.victimUpdated(MONDAY.plusDays(28));
    assertThat(file.updateDueOn()).contains(MONDAY.plusDays(28));
  }

  @Test
  void anOutcomeClosesTheCaseOnceAndStopsTheClock() {
    CaseFile file = reported();
    file.updateDueBy(MONDAY);

    file.recordOutcome(CrimeOutcome.NO_SUSPECT_IDENTIFIED);

    assertThat(file.closed()).isTrue();
    assertThat(file.outcome()).contains(CrimeOutcome.NO_SUSPECT_IDENTIFIED);
    assertThat(file.updateDueOn()).isEmpty();
    assertThatThrownBy(() -> file.recordOutcome(CrimeOutcome.CHARGED))
        .hasMessageContaining("This case is closed");
    assertThatThrownBy(() -> file.assignTo(IAN)).hasMessageContaining("This case is closed");
  }

  @Test
  void onlyTheReporterOwnsTheCase() {
    CaseFile file = reported();

    assertThat(file.reportedBy("s-alice")).isTrue();
    assertThat(file.reportedBy("s-bob")).isFalse();
  }
}

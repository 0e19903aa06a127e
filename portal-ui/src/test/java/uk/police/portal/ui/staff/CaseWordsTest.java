package uk.police.portal.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CaseWordsTest {

  private static final LocalDate DUE = LocalDate.of(2026, 12, 3);

  @Test
  void workQueueTagSaysWhereTheUpdateStandsInWords() {
    assertThat(CaseWords.updateTag(DUE, "OVERDUE")).isEqualTo("Update overdue");
    assertThat(CaseWords.updateTag(DUE, "DUE_TODAY")).isEqualTo("Update due today");
    assertThat(CaseWords.updateTag(DUE, "DUE")).isEqualTo("Update due by 3 December 2026");
    assertThat(CaseWords.updateTag(null, null)).isEqualTo("No update due");
  }

  @Test
  void casePageStatesOverdueInWordsWithTheDate() {
    assertThat(CaseWords.nextUpdate(DUE, "OVERDUE"))
        .isEqualTo("Overdue: the victim should have been told by 3 December 2026.");
    assertThat(CaseWords.nextUpdate(DUE, "DUE_TODAY")).isEqualTo("Due today, 3 December 2026.");
    assertThat(CaseWords.nextUpdate(null, null)).isEqualTo("No update is due at the moment.");
  }

  @Test
  void victimRightsAreExplainedWithTheirWorkingDays() {
    assertThat(CaseWords.victimRights("STANDARD")).contains("within 5 working days");
    assertThat(CaseWords.victimRights("ENHANCED")).contains("within 1 working day");
    assertThat(CaseWords.workingDays("ENHANCED")).isEqualTo(1);
    assertThat(CaseWords.workingDays("STANDARD")).isEqualTo(5);
  }

  @Test
  void timesAreShownInUkTimeSummerAndWinter() {
    assertThat(CaseWords.dateTime(OffsetDateTime.of(2026, 7, 1, 13, 5, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("1 July 2026, 14:05");
    assertThat(CaseWords.dateTime(OffsetDateTime.of(2026, 12, 1, 13, 5, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("1 December 2026, 13:05");
  }
}

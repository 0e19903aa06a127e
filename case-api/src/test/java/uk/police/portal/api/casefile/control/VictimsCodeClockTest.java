package uk.police.portal.api.casefile.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.casefile.entity.UpdateDeadline;
import uk.police.portal.api.casefile.entity.VictimRights;

class VictimsCodeClockTest {

  private static VictimsCodeClock at(String now) {
    return new VictimsCodeClock(
        BankHolidays.englandAndWales(), Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
  }

  private final VictimsCodeClock clock = at("2026-11-21T10:00:00Z");

  @Test
  void fiveWorkingDaysFromAFridaySkipTheWeekend() {
    assertThat(clock.dueBy(Instant.parse("2026-11-20T14:00:00Z"), VictimRights.STANDARD))
        .isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void christmasAndNewYearDoNotCount() {
    // Christmas 2026 is a Friday, Boxing Day's substitute Monday 28th, New Year a Friday.
    assertThat(clock.dueBy(Instant.parse("2026-12-24T09:00:00Z"), VictimRights.STANDARD))
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void enhancedRightsMeanTheNextWorkingDayEvenOverEaster() {
    // Good Friday 26 March 2027, Easter Monday 29 March.
    assertThat(clock.dueBy(Instant.parse("2027-03-25T16:00:00Z"), VictimRights.ENHANCED))
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void theDayIsTheLondonDayNotTheUtcOne() {
    // 23:30 UTC on Thursday 9 July is 00:30 on Friday in London (summer time).
    assertThat(clock.dueBy(Instant.parse("2026-07-09T23:30:00Z"), VictimRights.STANDARD))
        .isEqualTo(LocalDate.of(2026, 7, 17));
  }

  @Test
  void dueLaterDueTodayAndOverdue() {
    Instant arrest = Instant.parse("2026-11-20T14:00:00Z");
    assertThat(at("2026-11-24T09:00:00Z").deadline(arrest, VictimRights.STANDARD).status())
        .isEqualTo(UpdateDeadline.Status.DUE);
    assertThat(at("2026-11-27T23:00:00Z").deadline(arrest, VictimRights.STANDARD).status())
        .isEqualTo(UpdateDeadline.Status.DUE_TODAY);
    assertThat(at("2026-11-28T00:30:00Z").deadline(arrest, VictimRights.STANDARD).status())
        .isEqualTo(UpdateDeadline.Status.OVERDUE);
  }
}

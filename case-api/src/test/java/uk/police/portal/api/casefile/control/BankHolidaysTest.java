package uk.police.portal.api.casefile.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against the published England and Wales bank holidays. */
class BankHolidaysTest {

  private final BankHolidays holidays = BankHolidays.englandAndWales();

  @Test
  void easterFollowsTheChurchCalendar() {
    assertThat(BankHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(BankHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(BankHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(BankHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }

  @Test
  void the2026BankHolidaysAreExactlyThePublishedOnes() {
    assertThat(BankHolidays.ofYear(2026))
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28));
  }

  @Test
  void christmasOnASaturdayMovesBothDaysToMondayAndTuesday() {
    assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 27))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 28))).isTrue();
  }

  @Test
  void christmasOnASundayGivesBoxingDayMondayAndTuesdayInLieu() {
    assertThat(holidays.isHoliday(LocalDate.of(2022, 12, 26))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2022, 12, 27))).isTrue();
  }

  @Test
  void newYearOnASundayIsTakenOnMonday() {
    assertThat(holidays.isHoliday(LocalDate.of(2023, 1, 2))).isTrue();
  }

  @Test
  void jubileeYearsMovedTheSpringHolidayIntoJune() {
    assertThat(holidays.isHoliday(LocalDate.of(2022, 5, 30))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2022, 6, 2))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2022, 6, 3))).isTrue();
  }

  @Test
  void oneOffHolidaysCount() {
    assertThat(holidays.isHoliday(LocalDate.of(2022, 9, 19))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2023, 5, 8))).isTrue();
  }

  @Test
  void anOrdinaryWednesdayIsNoHoliday() {
    assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 18))).isFalse();
  }
}

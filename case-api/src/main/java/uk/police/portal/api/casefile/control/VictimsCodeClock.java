package uk.police.portal.api.casefile.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.police.portal.api.casefile.entity.UpdateDeadline;
import uk.police.portal.api.casefile.entity.VictimRights;

/**
 * Counts working days (Monday to Friday, not bank holidays in England and Wales) from a key event
 * in a case (arrest, interview, charge, release, bail, a decision not to investigate) to the day by
 * which the victim must be told. The day of the event does not count; the update is due by the end
 * of the last working day, London time.
 */
public class VictimsCodeClock {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final BankHolidays holidays;
  private final Clock clock;

  public VictimsCodeClock(BankHolidays holidays, Clock clock) {
    this.holidays = holidays;
    this.clock = clock;
  }

  public LocalDate dueBy(Instant event, VictimRights rights) {
    return workingDaysAfter(event, rights.workingDays());
  }

  /** The day that is this many working days after the (London) day of the event. */
  public LocalDate workingDaysAfter(Instant event, int workingDays) {
    LocalDate day = event.atZone(LONDON).toLocalDate();
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  public UpdateDeadline deadline(Instant event, VictimRights rights) {
    return deadline(dueBy(event, rights));
  }

  /** Where a day by which the victim must be told stands today, London time. */
  public UpdateDeadline deadline(LocalDate due) {
    LocalDate today = today();
    UpdateDeadline.Status status;
    if (today.isAfter(due)) {
      status = UpdateDeadline.Status.OVERDUE;
    } else if (today.isEqual(due)) {
      status = UpdateDeadline.Status.DUE_TODAY;
    } else {
      status = UpdateDeadline.Status.DUE;
    }
    return new UpdateDeadline(due, status);
  }

  public java.time.Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }

  /** The next working day after today: reminders go out a working day ahead of the deadline. */
  public LocalDate nextWorkingDay() {
    return workingDaysAfter(clock.instant(), 1);
  }

  boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
  }
}

package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.UpdateDeadline;
import uk.police.portal.api.casefile.entity.VictimRights;

/**
 * When the victim must next hear from us. A new report: whether we will investigate, within 5
 * working days (1 with enhanced rights). A key event: within the same limits (Victims' Code, Right
 * 6). Otherwise a routine update at least every 20 working days, about four weeks.
 */
@ApplicationScoped
public class UpdatePlan {

  static final int ROUTINE_WORKING_DAYS = 20;
  private static final DateTimeFormatter SPOKEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private VictimsCodeClock clock;

  @Inject
  void init(Clock time) {
    this.clock = new VictimsCodeClock(BankHolidays.englandAndWales(), time);
  }

  public LocalDate firstUpdateDue(CaseFile file) {
    return clock.dueBy(file.reportedAt().toInstant(), file.victimRights());
  }

  public LocalDate afterKeyEvent(VictimRights rights) {
    return clock.dueBy(clock.now(), rights);
  }

  public LocalDate nextRoutineUpdate() {
    return clock.workingDaysAfter(clock.now(), ROUTINE_WORKING_DAYS);
  }

  public UpdateDeadline deadline(LocalDate due) {
    return clock.deadline(due);
  }

  /** Reminders go out when the update is due by the next working day, or is overdue. */
  public LocalDate remindWhenDueBy() {
    return clock.nextWorkingDay();
  }

  public LocalDate today() {
    return clock.today();
  }

  static String spoken(LocalDate day) {
    return SPOKEN.format(day);
  }
}

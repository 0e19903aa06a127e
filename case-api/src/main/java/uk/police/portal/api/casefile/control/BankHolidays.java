package uk.police.portal.api.casefile.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Bank holidays in England and Wales, computed by rule so that no list runs out: New Year's Day,
 * Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and
 * Boxing Day, with substitute days when they fall at a weekend. One-off holidays (a coronation, a
 * state funeral) are proclaimed at short notice and are passed in.
 */
public final class BankHolidays {

  /** One-off bank holidays proclaimed so far (royal weddings, jubilees, funerals, coronations). */
  static final Set<LocalDate> ONE_OFF =
      Set.of(
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2002, 6, 3),
          LocalDate.of(2011, 4, 29),
          LocalDate.of(2012, 6, 5),
          LocalDate.of(2022, 6, 3),
          LocalDate.of(2022, 9, 19),
          LocalDate.of(2023, 5, 8));

  private final Set<LocalDate> proclaimed;

  /** England and Wales with the one-off holidays known today. */
  public static BankHolidays englandAndWales() {
    return new BankHolidays(ONE_OFF);
  }

  public BankHolidays(Set<LocalDate> proclaimed) {
    this.proclaimed = Set.copyOf(proclaimed);
  }

  public boolean isHoliday(LocalDate day) {
    return proclaimed.contains(day) || ofYear(day.getYear()).contains(day);
  }

  static Set<LocalDate> ofYear(int year) {
    Set<LocalDate> days = new HashSet<>();
    days.add(substitute(LocalDate.of(year, Month.JANUARY, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(earlyMay(year));
    days.add(spring(year));
    days.add(lastMonday(year, Month.AUGUST));
    addChristmas(year, days);
    return days;
  }

  private static LocalDate earlyMay(int year) {
    // Moved to 8 May in 2020 (VE Day 75) and stayed the first Monday otherwise.
    if (year == 2020) {
      return LocalDate.of(2020, Month.MAY, 8);
    }
    return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
  }

  /** The last Monday in May, except in jubilee years when it moved into June. */
  private static LocalDate spring(int year) {
    return switch (year) {
      case 2002 -> LocalDate.of(2002, Month.JUNE, 4);
      case 2012 -> LocalDate.of(2012, Month.JUNE, 4);
      case 2022 -> LocalDate.of(2022, Month.JUNE, 2);
      default -> lastMonday(year, Month.MAY);
    };
  }

  private static LocalDate lastMonday(int year, Month month) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
  }

  /** A holiday on Saturday or Sunday moves to the following Monday. */
  private static LocalDate substitute(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  /** Christmas and Boxing Day substitute so that both get a weekday of their own. */
  private static void addChristmas(int year, Set<LocalDate> days) {
    LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
    switch (christmas.getDayOfWeek()) {
      case FRIDAY -> {
        days.add(christmas);
        days.add(christmas.plusDays(3)); // Boxing Day on Saturday -> Monday 28th
      }
      case SATURDAY -> {
        days.add(christmas.plusDays(2)); // Monday 27th
        days.add(christmas.plusDays(3)); // Tuesday 28th
      }
      case SUNDAY -> {
        days.add(christmas.plusDays(1)); // Boxing Day Monday 26th
        days.add(christmas.plusDays(2)); // Christmas substitute Tuesday 27th
      }
      default -> {
        days.add(christmas);
        days.add(christmas.plusDays(1));
      }
    }
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}

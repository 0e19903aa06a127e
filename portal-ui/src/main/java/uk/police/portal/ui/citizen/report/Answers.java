package uk.police.portal.ui.citizen.report;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reading what people type, kindly, and saying plainly what is wrong with it. The witness statement
 * pages read dates, phone numbers and long answers the same way.
 */
public final class Answers {

  // The same limits as case-api's ReportCheck, so a page says it before case-api has to.
  static final int LONG_TEXT = 10_000;
  static final int DETAILS = 5_000;
  static final int SUPPORT = 2_000;
  public static final int PLACE = 500;
  static final int SAFE_TIMES = 200;
  public static final int NAME = 200;
  static final int RELATIONSHIP = 100;
  static final int MOST_POUNDS = 100_000_000;

  private Answers() {}

  /** A date, or what is wrong with it; part names the box the problem is in (or null). */
  public record DateResult(LocalDate date, String error, String part) {}

  public static DateResult date(
      String day, String month, String year, LocalDate today, String name) {
    String d = trim(day);
    String m = trim(month);
    String y = trim(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return new DateResult(null, "Enter the " + name, null);
    }
    if (d.isEmpty()) {
      return new DateResult(null, capital(name) + " must include a day", "day");
    }
    if (m.isEmpty()) {
      return new DateResult(null, capital(name) + " must include a month", "month");
    }
    if (y.isEmpty()) {
      return new DateResult(null, capital(name) + " must include a year", "year");
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}")) {
      return new DateResult(null, capital(name) + " must be a real date", null);
    }
    if (!y.matches("\\d{4}")) {
      return new DateResult(null, "Year must include 4 numbers", "year");
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException notADate) {
      return new DateResult(null, capital(name) + " must be a real date", null);
    }
    if (date.isAfter(today)) {
      return new DateResult(null, capital(name) + " must be today or in the past", null);
    }
    if (date.getYear() < 1900) {
      return new DateResult(null, capital(name) + " must be after 1900", "year");
    }
    return new DateResult(date, null, null);
  }

  /** Whole pounds; empty means no answer. "£1,250" and "1250" are both fine. */
  record PoundsResult(Integer pounds, String error) {}

  static PoundsResult pounds(String typed, String name) {
    String cleaned = trim(typed).replace("£", "").replace(",", "").replace(" ", "");
    if (cleaned.isEmpty()) {
      return new PoundsResult(null, null);
    }
    if (cleaned.matches("-\\d+(\\.\\d+)?")) {
      return new PoundsResult(null, capital(name) + " must be 0 or more");
    }
    if (cleaned.matches("\\d+\\.\\d*")) {
      return new PoundsResult(null, capital(name) + " must be in whole pounds, like 250");
    }
    if (!cleaned.matches("\\d+")) {
      return new PoundsResult(null, capital(name) + " must be a number of pounds, like 250");
    }
    if (cleaned.length() > 9 || Integer.parseInt(cleaned) > MOST_POUNDS) {
      return new PoundsResult(
          null, capital(name) + " must be £" + thousands(MOST_POUNDS) + " or less");
    }
    return new PoundsResult(Integer.parseInt(cleaned), null);
  }

  /** Null when the text is within the limit; otherwise says how long it is. */
  public static String tooLong(String text, int limit, String name) {
    if (text == null || text.length() <= limit) {
      return null;
    }
    return capital(name)
        + " must be "
        + thousands(limit)
        + " characters or fewer. You have typed "
        + thousands(text.length())
        + ".";
  }

  public static boolean isEmail(String text) {
    return trim(text).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** A UK or international number: digits with spaces, brackets, hyphens, a leading +. */
  public static boolean isPhone(String text) {
    String t = trim(text);
    String digits = t.replaceAll("\\D", "");
    return t.matches("\\+?[\\d ()\\-]{10,20}") && digits.length() >= 10 && digits.length() <= 15;
  }

  public static String thousands(long n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }

  public static String trim(String text) {
    return text == null ? "" : text.strip();
  }

  /** Empty answers are not sent at all. */
  public static String orNull(String text) {
    String t = trim(text);
    return t.isEmpty() ? null : t;
  }

  private static String capital(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

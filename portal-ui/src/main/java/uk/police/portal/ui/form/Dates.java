package uk.police.portal.ui.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK writes them: "21 November 2026", "3:05pm", UK time. */
public final class Dates {

  public static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private Dates() {}

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public static String day(OffsetDateTime at) {
    return at == null ? "" : DAY.format(at.atZoneSameInstant(UK));
  }

  /** "3:05pm", UK time. */
  public static String time(OffsetDateTime at) {
    return at == null ? "" : TIME.format(at.atZoneSameInstant(UK)).toLowerCase(Locale.UK);
  }

  public static String dayAndTime(OffsetDateTime at) {
    if (at == null) {
      return "";
    }
    var local = at.atZoneSameInstant(UK);
    return DAY.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }
}

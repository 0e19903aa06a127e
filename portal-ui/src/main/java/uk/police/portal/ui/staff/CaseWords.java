package uk.police.portal.ui.staff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words staff pages use for dates, update deadlines and victims' rights. Deadlines are always
 * said in words ("Update overdue"), never shown by colour alone.
 */
public final class CaseWords {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private CaseWords() {}

  public static String date(LocalDate day) {
    return day == null ? "Not known" : DAY.format(day);
  }

  /** In UK time, as the officer and the victim read it. */
  public static String dateTime(OffsetDateTime at) {
    if (at == null) {
      return "Not known";
    }
    var local = at.atZoneSameInstant(LONDON);
    return DAY.format(local) + ", " + TIME.format(local);
  }

  /** The short tag on a work-queue line. updateStatus is DUE, DUE_TODAY or OVERDUE. */
  public static String updateTag(LocalDate dueBy, String updateStatus) {
    if (dueBy == null) {
      return "No update due";
    }
    return switch (String.valueOf(updateStatus)) {
      case "OVERDUE" -> "Update overdue";
      case "DUE_TODAY" -> "Update due today";
      default -> "Update due by " + date(dueBy);
    };
  }

  /** The sentence on the case page under "Next update due". */
  public static String nextUpdate(LocalDate dueBy, String updateStatus) {
    if (dueBy == null) {
      return "No update is due at the moment.";
    }
    return switch (String.valueOf(updateStatus)) {
      case "OVERDUE" -> "Overdue: the victim should have been told by " + date(dueBy) + ".";
      case "DUE_TODAY" -> "Due today, " + date(dueBy) + ".";
      default -> "Due by " + date(dueBy) + ".";
    };
  }

  /** A CSS class for the tag; the words above carry the meaning, the colour only repeats it. */
  public static String updateTagClass(LocalDate dueBy, String updateStatus) {
    if (dueBy == null) {
      return "due-none";
    }
    return switch (String.valueOf(updateStatus)) {
      case "OVERDUE" -> "due-overdue";
      case "DUE_TODAY" -> "due-today";
      default -> "due-later";
    };
  }

  /** How many working days the victim may wait for news of a key event (Victims' Code, Right 6). */
  public static int workingDays(String victimRights) {
    return "ENHANCED".equals(victimRights) ? 1 : 5;
  }

  public static String victimRights(String victimRights) {
    if ("ENHANCED".equals(victimRights)) {
      return "Enhanced: a vulnerable or intimidated victim, or a victim of a serious crime. Tell"
          + " them of key events within 1 working day.";
    }
    if ("STANDARD".equals(victimRights)) {
      return "Standard: tell the victim of key events within 5 working days.";
    }
    return "Not known";
  }

  public static String orNotGiven(String text) {
    return text == null || text.isBlank() ? "Not given" : text;
  }
}

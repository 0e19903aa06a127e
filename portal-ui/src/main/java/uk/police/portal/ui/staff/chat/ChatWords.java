package uk.police.portal.ui.staff.chat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words live chat's staff pages use for case-api's codes: priorities, queues, availability,
 * waiting times. Urgency is always said in words; colour only repeats it.
 */
final class ChatWords {

  /** Staff read times in UK time, as on the wall clock. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private ChatWords() {}

  static String priority(String priority) {
    return switch (String.valueOf(priority)) {
      case "EMERGENCY" -> "Emergency";
      case "HIGH_RISK" -> "High risk";
      case "STANDARD" -> "Standard";
      default -> "Priority not known";
    };
  }

  /** A CSS class for a priority tag; the words above carry the meaning. */
  static String priorityClass(String priority) {
    return switch (String.valueOf(priority)) {
      case "EMERGENCY" -> "priority-emergency";
      case "HIGH_RISK" -> "priority-high";
      default -> "priority-standard";
    };
  }

  static String queue(String queue) {
    return switch (String.valueOf(queue)) {
      case "GENERAL" -> "General";
      case "PUBLIC_PROTECTION" -> "Public protection";
      default -> code(queue);
    };
  }

  static String queues(List<String> queues) {
    return queues.isEmpty()
        ? "none"
        : queues.stream().map(ChatWords::queue).collect(Collectors.joining(", "));
  }

  static String availability(String availability) {
    return switch (String.valueOf(availability)) {
      case "AVAILABLE" -> "Available";
      case "BUSY" -> "Busy (keeps their chats, takes no new ones)";
      case "AWAY" -> "Away";
      default -> "Not known";
    };
  }

  /** A category as case-api names it (THEFT, DOMESTIC_ABUSE) in plain words; a label stays. */
  static String code(String code) {
    if (code == null || code.isBlank()) {
      return "Not known";
    }
    if (!code.equals(code.toUpperCase(Locale.ROOT))) {
      return code;
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "45 seconds", "1 minute 5 seconds", "12 minutes". */
  static String waiting(int seconds) {
    if (seconds < 60) {
      return plural(Math.max(seconds, 0), "second");
    }
    int minutes = seconds / 60;
    int rest = seconds % 60;
    if (minutes >= 10 || rest == 0) {
      return plural(minutes, "minute");
    }
    return plural(minutes, "minute") + " " + plural(rest, "second");
  }

  /** A time of day in UK time, as the handler reads the clock on the wall. */
  static String time(OffsetDateTime at) {
    return at == null ? "not known" : TIME.format(at.atZoneSameInstant(UK));
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}

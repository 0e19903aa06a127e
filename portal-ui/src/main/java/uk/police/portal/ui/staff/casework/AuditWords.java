package uk.police.portal.ui.staff.casework;

import java.util.Locale;

/** The audit log's action names (e.g. CASE_READ) as words. */
final class AuditWords {

  private AuditWords() {}

  static String action(String action) {
    if (action == null || action.isBlank()) {
      return "Not recorded";
    }
    String words = action.replace('_', ' ').replace('.', ' ').toLowerCase(Locale.UK).strip();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

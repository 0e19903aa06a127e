package uk.police.portal.ui.staff.casework;

import java.util.Locale;
import java.util.Map;

/** The audit log's action names (READ, ADD_UPDATE, ...) as words a supervisor reads. */
final class AuditWords {

  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("READ", "Opened the case"),
          Map.entry("READ_TIMELINE", "Read the timeline"),
          Map.entry("READ_MESSAGES", "Read the messages"),
          Map.entry("READ_AUDIT", "Read this audit log"),
          Map.entry("ASSIGN", "Assigned the case"),
          Map.entry("SEND_MESSAGE", "Sent a secure message"),
          Map.entry("ADD_UPDATE", "Posted an update to the victim"),
          Map.entry("ADD_NOTE", "Added an internal note"),
          Map.entry("ADD_INFORMATION_REQUESTED", "Asked the victim for information"),
          Map.entry("ADD_STATUS_CHANGED", "Changed the status"),
          Map.entry("ADD_KEY_EVENT", "Recorded a key event"),
          Map.entry("ADD_OUTCOME", "Recorded the outcome"),
          Map.entry("ADD_EVIDENCE", "Added a file"),
          Map.entry("READ_EVIDENCE", "Read the list of files"),
          Map.entry("PREVIEW_EVIDENCE", "Looked at a preview of a file"),
          Map.entry("DOWNLOAD_EVIDENCE", "Downloaded or played a file"),
          Map.entry("DOWNLOAD_EVIDENCE_PART", "Played or downloaded part of a file"),
          Map.entry("READ_EVIDENCE_AUDIT", "Read a file's record of who has seen it"),
          Map.entry("READ_STATEMENTS", "Read the witness statements"));

  private AuditWords() {}

  static String action(String action) {
    if (action == null || action.isBlank()) {
      return "Not recorded";
    }
    String known = ACTIONS.get(action);
    if (known != null) {
      return known;
    }
    String words = action.replace('_', ' ').toLowerCase(Locale.UK).strip();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}

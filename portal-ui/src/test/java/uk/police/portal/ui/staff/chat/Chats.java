package uk.police.portal.ui.staff.chat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.LiveChat;

/** Chats and messages as case-api sends them to staff, for the console's tests. */
final class Chats {

  static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 21, 14, 0, 0, 0, ZoneOffset.UTC);

  private Chats() {}

  static LiveChat theft(String id) {
    return chat(id, "THEFT", "Theft", "HIGH_RISK", null);
  }

  static LiveChat chat(
      String id, String category, String label, String priority, String safetyRule) {
    return new LiveChat(
        id,
        "ASSIGNED",
        "en",
        false,
        "GENERAL",
        priority,
        null,
        null,
        "Hannah",
        null,
        3,
        0,
        0,
        T0.minusMinutes(3),
        T0,
        null,
        new LiveChat.Summary(
            category,
            label,
            priority,
            safetyRule,
            List.of("REPEAT_VICTIM"),
            List.of(
                new LiveChat.Answer("What was taken?", "My bike"),
                new LiveChat.Answer("When did it happen?", "This morning")),
            "en"),
        "hannah",
        null,
        null,
        null);
  }

  static ChatMessage citizen(int seq, OffsetDateTime at, String text) {
    return message(seq, "CITIZEN", null, "TEXT", text, false, at);
  }

  static ChatMessage handler(int seq, OffsetDateTime at, String text) {
    return message(seq, "HANDLER", "Hannah", "TEXT", text, false, at);
  }

  static ChatMessage bot(int seq, OffsetDateTime at, String text) {
    return message(seq, "BOT", null, "TEXT", text, false, at);
  }

  static ChatMessage system(int seq, OffsetDateTime at, String kind, String text, boolean staff) {
    return message(seq, "SYSTEM", null, kind, text, staff, at);
  }

  static ChatMessage message(
      int seq,
      String sender,
      String name,
      String kind,
      String text,
      boolean staffOnly,
      OffsetDateTime at) {
    return new ChatMessage(
        seq, "c" + seq, sender, name, kind, text, staffOnly, at, List.of(), false);
  }
}

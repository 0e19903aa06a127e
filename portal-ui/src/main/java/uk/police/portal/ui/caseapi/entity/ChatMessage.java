package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message of a live chat, numbered by case-api ({@code seq} is 1, 2, 3… per chat).
 *
 * @param clientId the id the sender gave it, so a retried send is stored once
 * @param sender CITIZEN, BOT, HANDLER or SYSTEM
 * @param kind TEXT, or an event in the chat's life told in words (HANDED_OVER, JOINED, RETURNED,
 *     TRANSFERRED, REFERRED, CASE_CREATED, QUICK_EXIT, ENDED)
 * @param choices the bot's buttons (may be empty); a typed answer is always accepted too
 * @param emergency the bot told the person to call 999
 */
public record ChatMessage(
    int seq,
    String clientId,
    String sender,
    String senderName,
    String kind,
    String text,
    boolean staffOnly,
    OffsetDateTime sentAt,
    List<ChatChoice> choices,
    boolean emergency) {

  public ChatMessage {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  public boolean fromCitizen() {
    return "CITIZEN".equals(sender);
  }

  public boolean fromBot() {
    return "BOT".equals(sender);
  }

  public boolean fromHandler() {
    return "HANDLER".equals(sender);
  }

  public boolean fromSystem() {
    return "SYSTEM".equals(sender);
  }
}

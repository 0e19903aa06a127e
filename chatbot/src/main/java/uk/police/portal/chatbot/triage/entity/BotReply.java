package uk.police.portal.chatbot.triage.entity;

import java.util.List;

/**
 * What the bot says next.
 *
 * @param text the message, in the person's language where the bot speaks it
 * @param choices buttons to offer (may be empty); a free-text reply is always accepted too
 * @param language ISO 639-1 code of {@code text}
 * @param rightToLeft true for Arabic and Urdu: render with {@code dir="rtl"}
 * @param emergency true when the person was told to call 999 and the chat goes to the top of the
 *     queue
 * @param outcome how the conversation ended, or null while it goes on
 * @param handOver what the handler receives, when {@code outcome} is {@link Outcome#HANDED_OVER}
 */
public record BotReply(
    String text,
    List<Choice> choices,
    String language,
    boolean rightToLeft,
    boolean emergency,
    Outcome outcome,
    HandOver handOver) {

  public BotReply {
    choices = List.copyOf(choices);
  }

  public boolean ended() {
    return outcome != null;
  }
}

package uk.police.portal.chatbot.triage.entity;

import java.util.List;

/**
 * What triage made of one message.
 *
 * @param category the most likely category
 * @param emergency true when a safety rule fired: tell the person to call 999 and queue the chat
 *     first
 * @param safetyRule the rule that fired, or null
 * @param referral the partner agency for the category, or null when it stays with the police
 * @param language ISO 639-1 code of the language the person wrote in
 * @param confidence the classifier's probability for {@code category}, 0 to 1
 * @param alternatives the next most likely categories, best first, to offer when unsure
 */
public record Assessment(
    Category category,
    boolean emergency,
    String safetyRule,
    Referral referral,
    String language,
    double confidence,
    List<Category> alternatives) {

  /** Below this the bot asks the person to choose rather than assume. */
  public static final double SURE = 0.5;

  public Assessment {
    alternatives = List.copyOf(alternatives);
  }

  public boolean sure() {
    return confidence >= SURE;
  }
}

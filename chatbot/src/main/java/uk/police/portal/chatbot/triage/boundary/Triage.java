package uk.police.portal.chatbot.triage.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import uk.police.portal.chatbot.triage.control.CategoryModel;
import uk.police.portal.chatbot.triage.control.LanguageIdentifier;
import uk.police.portal.chatbot.triage.control.MessageText;
import uk.police.portal.chatbot.triage.control.SafetyRules;
import uk.police.portal.chatbot.triage.control.TrainingCorpus;
import uk.police.portal.chatbot.triage.entity.Assessment;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.SafetyAlert;
import uk.police.portal.chatbot.triage.entity.UnusableMessage;

/**
 * What callers use to triage one message: safety rules first, then the category model, the referral
 * and the language. Immutable and thread-safe: create one with {@link #load()} at start-up (about a
 * second) and share it.
 */
public final class Triage {

  /** Longer messages are refused with a request to give the main points first. */
  public static final int MAX_LENGTH = 5000;

  private static final int ALTERNATIVES = 3;

  private final CategoryModel model;
  private final LanguageIdentifier languages;

  private Triage(CategoryModel model, LanguageIdentifier languages) {
    this.model = model;
    this.languages = languages;
  }

  /** Trains the category model from the bundled corpus and loads the language model. */
  public static Triage load() {
    return new Triage(CategoryModel.train(TrainingCorpus.load()), LanguageIdentifier.load());
  }

  /**
   * Triage one message.
   *
   * @throws UnusableMessage with a plain-English reason when the text is empty, too long or has no
   *     words
   */
  public Assessment assess(String text) {
    String message = readable(text);
    Optional<SafetyAlert> alert = SafetyRules.check(message);
    double[] p = model.probabilities(message);
    List<Category> ranked = rank(p);
    Category category = ranked.get(0);
    return new Assessment(
        category,
        alert.isPresent(),
        alert.map(SafetyAlert::rule).orElse(null),
        category.referral().orElse(null),
        languages.identify(message),
        p[category.ordinal()],
        ranked.subList(1, 1 + ALTERNATIVES));
  }

  /** The language of a message alone, for replies after the first one. */
  public String languageOf(String text) {
    return languages.identify(readable(text));
  }

  /** The text with markup removed, or a plain reason why it cannot be triaged. */
  static String readable(String text) {
    if (text == null || text.isBlank()) {
      throw new UnusableMessage("The message is empty. Please tell us what happened.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new UnusableMessage(
          "The message is too long ("
              + text.length()
              + " characters). Please tell us the main points in under "
              + MAX_LENGTH
              + " characters.");
    }
    // Tags are stripped, not rejected: people paste from emails and web pages.
    String plain = text.replaceAll("<[^>]{0,300}>", " ").replaceAll("\\s+", " ").strip();
    if (!MessageText.hasLetters(plain)) {
      throw new UnusableMessage(
          "We could not find any words in the message. Please describe what happened in words.");
    }
    return plain;
  }

  private static List<Category> rank(double[] p) {
    Category[] all = Category.values();
    return new ArrayList<>(
        IntStream.range(0, all.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -p[i]))
            .map(i -> all[i])
            .toList());
  }
}

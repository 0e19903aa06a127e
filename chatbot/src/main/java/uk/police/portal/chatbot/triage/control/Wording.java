package uk.police.portal.chatbot.triage.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Referral;

/**
 * The bot's own words in one language, from the {@code Wording} resource bundles. Languages without
 * a bundle get English: better plain English than a wrong word in the person's language.
 */
public final class Wording {

  /** Languages the bot speaks (ISO 639-1). */
  public static final Set<String> LANGUAGES = Set.of("en", "pl", "ur", "pa", "ar", "ro", "es");

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur");
  private static final String BUNDLE = "uk.police.portal.chatbot.triage.Wording";

  private final String language;
  private final ResourceBundle bundle;

  private Wording(String language) {
    this.language = language;
    // No fallback to the JVM's default locale: a server in Poland must still answer English in
    // English.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Wording for an ISO 639-1 language; English when the bot does not speak it. */
  public static Wording in(String language) {
    return new Wording(language != null && LANGUAGES.contains(language) ? language : "en");
  }

  /** The language actually used, which may be English when the person's is not supported. */
  public String language() {
    return language;
  }

  /** Arabic and Urdu are written right to left: the UI must set {@code dir="rtl"}. */
  public boolean rightToLeft() {
    return RIGHT_TO_LEFT.contains(language);
  }

  public String say(String key) {
    return bundle.getString(key);
  }

  /** A short label for a category, for choice buttons. */
  public String label(Category category) {
    return say("category." + category.name());
  }

  /** "It sounds like something was stolen from you. Is that right?" */
  public String confirm(Category category) {
    // English has natural phrases; other languages name the category, which reads correctly
    // in every grammar without per-language sentence building.
    String phrase = language.equals("en") ? say("describe." + category.name()) : label(category);
    return format("confirm", phrase);
  }

  /** Who deals with it, what to do, the link and the phone number. */
  public String referral(Referral referral) {
    String text =
        format("referral", referral.agency(), say("advice." + referral.name()), referral.link());
    return referral.phone().isEmpty()
        ? text
        : text + " " + format("referral.phone", referral.phone());
  }

  private String format(String key, Object... args) {
    return new MessageFormat(say(key), Locale.forLanguageTag(language)).format(args);
  }
}

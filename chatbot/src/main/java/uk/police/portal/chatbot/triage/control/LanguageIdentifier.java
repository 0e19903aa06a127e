package uk.police.portal.chatbot.triage.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Which language a person wrote in, as ISO 639-1. OpenNLP's n-gram model does the work for longer
 * text; the script decides where it is unambiguous (Gurmukhi is Punjabi, letters only Urdu uses are
 * Urdu), and short or slangy Latin-script messages stay English unless they clearly are not,
 * because a wrong language is worse for the person than English.
 */
public final class LanguageIdentifier {

  private static final String MODEL = "/langdetect-183.bin";
  private static final double MARGIN = 1.15;
  private static final int SHORT_WORDS = 4;

  private static final Pattern GURMUKHI = Pattern.compile("\\p{IsGurmukhi}");
  private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}");
  private static final Pattern URDU_LETTERS = Pattern.compile("[ٹڈڑںےۓھہ]");
  private static final Pattern BENGALI = Pattern.compile("\\p{IsBengali}");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

  /** Letters that settle a short Latin-script message. */
  private static final Map<String, Pattern> TELLTALE_LETTERS =
      Map.of(
          "pl", Pattern.compile("[ąęłńśźżĄĘŁŃŚŹŻ]"),
          "ro", Pattern.compile("[șțăȘȚĂşţ]"),
          "es", Pattern.compile("[ñ¿¡]"));

  /** English words that are not also everyday words in the other languages we serve. */
  private static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the", "my", "was", "is", "and", "of", "in", "someone", "has", "have", "it", "at", "he",
          "she", "they", "been", "from", "with", "her", "his", "got", "im", "i'm", "our", "we",
          "you", "this", "that", "there", "not", "what", "how", "can", "for", "help", "please",
          "keeps", "just", "stolen", "car", "house", "hi", "hello", "i", "me", "it's", "who");

  /** ISO 639-3 codes OpenNLP uses that Java's locale table does not map back to 639-1. */
  private static final Map<String, String> MACRO_LANGUAGES =
      Map.ofEntries(
          Map.entry("pes", "fa"),
          Map.entry("prs", "fa"),
          Map.entry("pnb", "pa"),
          Map.entry("cmn", "zh"),
          Map.entry("zsm", "ms"),
          Map.entry("nob", "no"),
          Map.entry("nno", "no"),
          Map.entry("ekk", "et"),
          Map.entry("lvs", "lv"),
          Map.entry("swh", "sw"),
          Map.entry("uzn", "uz"),
          Map.entry("azj", "az"),
          Map.entry("khk", "mn"),
          Map.entry("arb", "ar"),
          Map.entry("gug", "gn"),
          Map.entry("ydd", "yi"),
          Map.entry("plt", "mg"),
          Map.entry("sot", "st"),
          Map.entry("som", "so"));

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final LanguageDetectorModel model;
  // LanguageDetectorME keeps per-call state; the model itself is safe to share.
  private final ThreadLocal<LanguageDetectorME> detector;

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.model = model;
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(this.model));
  }

  /** Loads OpenNLP's 103-language model from the classpath (about a second). */
  public static LanguageIdentifier load() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP language model missing: " + MODEL);
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ISO 639-1 code of the language of {@code text}; "en" when unsure. */
  public String identify(String text) {
    if (GURMUKHI.matcher(text).find()) {
      return "pa";
    }
    if (BENGALI.matcher(text).find()) {
      return "bn";
    }
    if (ARABIC_SCRIPT.matcher(text).find() && !LATIN.matcher(text).find()) {
      return arabicScript(text);
    }
    String[] words = MessageText.normalise(text).split("[^\\p{L}']+");
    long english = java.util.Arrays.stream(words).filter(ENGLISH_WORDS::contains).count();
    if (english >= 2 && english * 3 >= words.length && !polishOrRomanianOnly(words)) {
      return "en";
    }
    for (var telltale : TELLTALE_LETTERS.entrySet()) {
      if (telltale.getValue().matcher(text).find()) {
        return telltale.getKey();
      }
    }
    if (words.length < SHORT_WORDS) {
      return "en";
    }
    // OpenNLP spreads probability over 103 languages: trust the winner only by a clear margin.
    Language[] ranked = detector.get().predictLanguages(text);
    if (ranked.length < 2 || ranked[0].getConfidence() < MARGIN * ranked[1].getConfidence()) {
      return "en";
    }
    return toIso1(ranked[0].getLang());
  }

  /**
   * "i" is Polish and Romanian for "and", "me" Spanish: they alone do not make a message English.
   */
  private static boolean polishOrRomanianOnly(String[] words) {
    return java.util.Arrays.stream(words)
        .filter(ENGLISH_WORDS::contains)
        .allMatch(w -> w.equals("i") || w.equals("me"));
  }

  /** Arabic, Urdu, Shahmukhi Punjabi and Persian share a script: Urdu's own letters settle it. */
  private String arabicScript(String text) {
    if (URDU_LETTERS.matcher(text).find()) {
      return "ur";
    }
    Language best = detector.get().predictLanguage(text);
    String code = best == null ? "ar" : toIso1(best.getLang());
    return Set.of("ar", "ur", "fa", "pa", "ps", "ku", "sd").contains(code) ? code : "ar";
  }

  static String toIso1(String iso3) {
    String code = MACRO_LANGUAGES.getOrDefault(iso3, ISO3_TO_ISO1.get(iso3));
    return code == null ? iso3 : code;
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // a code with no three-letter form cannot come back from OpenNLP either
      }
    }
    return Map.copyOf(map);
  }
}

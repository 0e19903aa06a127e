package uk.police.portal.chatbot.triage.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads yes and no in the languages the bot speaks, and in the ways people really type them. */
public final class Answers {

  private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern YES =
      Pattern.compile(
          "^\\W*(yes|yeah|yep|yup|ya|y|yh|aye|correct|right|that's right|thats right|true|ok|okay|"
              + "please|tak|sí|si|da|oui|نعم|اجل|أجل|ہاں|ہاں جی|جی|جی ہاں|ਹਾਂ|ਹਾਂ ਜੀ|ਜੀ)\\b.*",
          F);

  private static final Pattern NO =
      Pattern.compile(
          "^\\W*(no|nope|nah|n|not really|wrong|incorrect|nie|nu|non|لا|نہیں|جی نہیں|ਨਹੀਂ|ਜੀ ਨਹੀਂ)\\b.*",
          F);

  private Answers() {}

  /** True for yes, false for no, empty when the answer is neither. */
  public static Optional<Boolean> yesOrNo(String answer) {
    String a = answer.strip().toLowerCase(Locale.ROOT);
    if (NO.matcher(a).matches()) {
      return Optional.of(false);
    }
    if (YES.matcher(a).matches()) {
      return Optional.of(true);
    }
    return Optional.empty();
  }
}

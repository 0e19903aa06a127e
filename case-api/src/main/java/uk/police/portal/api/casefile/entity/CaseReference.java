package uk.police.portal.api.casefile.entity;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A crime reference such as {@code PC-7KQ4-9XRT}: random (so one reference says nothing about
 * another), with a check character (a typo or two swapped characters is caught before any lookup),
 * and made of characters that are hard to confuse when read over the phone: no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B, U/V.
 */
public record CaseReference(String value) {

  static final String ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
  private static final int RANDOM_CHARACTERS = 7;
  private static final SecureRandom RANDOM = new SecureRandom();

  public CaseReference {
    if (value == null
        || !value.matches("PC-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}")
        || !checks(value.substring(3, 7) + value.substring(8))) {
      throw new IllegalArgumentException("Not a crime reference: " + value);
    }
  }

  /** A new random reference; uniqueness is the database's job (a unique constraint and retry). */
  public static CaseReference random() {
    StringBuilder body = new StringBuilder(RANDOM_CHARACTERS + 1);
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      body.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    body.append(checkCharacter(body));
    return new CaseReference(format(body));
  }

  /**
   * What a person typed, read kindly: case, spaces and hyphens do not matter. Empty when it cannot
   * be a reference, so a lookup never even starts.
   */
  public static Optional<CaseReference> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String body = typed.toUpperCase().replaceAll("[\\s-]", "");
    if (body.startsWith("PC")) {
      body = body.substring(2);
    }
    if (body.length() != RANDOM_CHARACTERS + 1 || !inAlphabet(body)) {
      return Optional.empty();
    }
    return checks(body) ? Optional.of(new CaseReference(format(body))) : Optional.empty();
  }

  private static boolean checks(String body) {
    return checkCharacter(body.substring(0, RANDOM_CHARACTERS)) == body.charAt(RANDOM_CHARACTERS);
  }

  private static boolean inAlphabet(String body) {
    return body.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  /** Weighted sum modulo a prime-sized alphabet: catches any single error and adjacent swaps. */
  static char checkCharacter(CharSequence payload) {
    int n = ALPHABET.length();
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
    }
    return ALPHABET.charAt(sum % n);
  }

  private static String format(CharSequence body) {
    return "PC-" + body.subSequence(0, 4) + "-" + body.subSequence(4, 8);
  }

  @Override
  public String toString() {
    return value;
  }
}

package uk.police.portal.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Unique crime references that case-api accepts: the algorithm of case-api's {@code CaseReference}
 * (7 random characters from an alphabet without look-alikes, then a weighted check character), with
 * a seeded random so every run seeds the same references.
 */
final class CaseReferences {

  static final String ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
  private static final int RANDOM_CHARACTERS = 7;

  private final Random random;
  private final Set<String> handedOut = new HashSet<>();

  CaseReferences(long seed) {
    random = new Random(seed);
  }

  /** A reference no earlier call returned. */
  String next() {
    while (true) {
      StringBuilder body = new StringBuilder(RANDOM_CHARACTERS + 1);
      for (int i = 0; i < RANDOM_CHARACTERS; i++) {
        body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      body.append(checkCharacter(body));
      String reference = "PC-" + body.substring(0, 4) + "-" + body.substring(4);
      if (handedOut.add(reference)) {
        return reference;
      }
    }
  }

  /** Weighted sum modulo the (prime) alphabet size, as case-api checks it. */
  static char checkCharacter(CharSequence payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
    }
    return ALPHABET.charAt(sum % ALPHABET.length());
  }
}

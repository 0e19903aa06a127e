package uk.police.portal.api.casefile.control;

/** Free text as stored: trimmed, without control characters (PostgreSQL refuses NUL in text). */
final class Text {

  private Text() {}

  static String clean(String typed) {
    if (typed == null) {
      return null;
    }
    String kept = typed.replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "").strip();
    return kept.isEmpty() ? null : kept;
  }
}

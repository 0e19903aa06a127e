package uk.police.portal.api.evidence.boundary;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's name in both forms of RFC 6266: {@code
 * filename*} in UTF-8 (RFC 8187) for every client today, and a plain ASCII {@code filename} for old
 * ones. Always an attachment: evidence is saved, never opened in the portal's own origin.
 */
final class ContentDisposition {

  private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

  private ContentDisposition() {}

  static String attachment(String fileName) {
    return "attachment; filename=\""
        + asciiFallback(fileName)
        + "\"; filename*=UTF-8''"
        + encoded(fileName);
  }

  /** RFC 8187 ext-value: UTF-8, every byte outside attr-char percent-encoded. */
  static String encoded(String fileName) {
    StringBuilder out = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  /** Printable ASCII only, without the quote and backslash a quoted-string would need escaped. */
  static String asciiFallback(String fileName) {
    StringBuilder out = new StringBuilder();
    fileName
        .codePoints()
        .forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return out.toString();
  }
}

package uk.police.portal.evidencestore.intake.entity;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name a citizen's file had, cleaned, for the investigator and the receipt only: object keys
 * never come from it. Cleaning keeps the last path segment (so {@code ../../etc/passwd} is {@code
 * passwd}), drops control and invisible formatting characters (such as the right-to-left override
 * that makes {@code gpj.exe} look like {@code exe.jpg}), replaces characters Windows cannot save,
 * and caps the length while keeping the extension.
 */
public record OriginalName(String value) {

  public static final int MAX_LENGTH = 200;
  public static final String UNNAMED = "unnamed";

  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");
  private static final Pattern WINDOWS_RESERVED = Pattern.compile("[<>:\"|?*]");

  public OriginalName {
    if (value == null || value.isBlank() || !value.equals(cleaned(value))) {
      throw new IllegalArgumentException("Not a cleaned file name; use OriginalName.clean");
    }
  }

  public static OriginalName clean(String raw) {
    return new OriginalName(cleaned(raw));
  }

  /** The name as kept in S3 user metadata, which takes ASCII only: UTF-8, percent-encoded. */
  public String forMetadata() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.write(c);
      } else {
        out.writeBytes("%%%02X".formatted(c).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  public static OriginalName fromMetadata(String encoded) {
    return clean(URLDecoder.decode(encoded, StandardCharsets.UTF_8));
  }

  /** Lower case, without the dot; empty when the name has none. */
  public Optional<String> extension() {
    int dot = value.lastIndexOf('.');
    if (dot <= 0) return Optional.empty();
    String extension = value.substring(dot + 1);
    return EXTENSION.matcher(extension).matches()
        ? Optional.of(extension.toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  private static String cleaned(String raw) {
    if (raw == null) return UNNAMED;
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    name = withoutInvisibles(name);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = WINDOWS_RESERVED.matcher(name).replaceAll("_");
    name = name.replaceAll("\\s+", " ");
    name = stripDotsAndSpaces(name);
    name = capped(name);
    return name.isEmpty() ? UNNAMED : name;
  }

  private static String withoutInvisibles(String name) {
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints()
        .filter(
            c ->
                switch (Character.getType(c)) {
                  case Character.CONTROL,
                      Character.FORMAT,
                      Character.SURROGATE,
                      Character.UNASSIGNED,
                      Character.LINE_SEPARATOR,
                      Character.PARAGRAPH_SEPARATOR ->
                      false;
                  default -> true;
                })
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Leading dots hide files; trailing dots and spaces are dropped by Windows anyway. */
  private static String stripDotsAndSpaces(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) start++;
    while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) end--;
    return name.substring(start, end);
  }

  private static String capped(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) return name;
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches() ? name.substring(dot) : "";
    String base = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.length();
    return stripDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, keep))) + extension;
  }
}

package uk.police.portal.api.evidence.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a file's bytes, as a video player asks for it to seek ({@code Range: bytes=a-b}, RFC
 * 9110 §14.1.2), both ends included.
 */
public record ByteRange(long first, long last, long size) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /**
   * The range asked for, if it is one range that is worth answering on its own: several ranges, one
   * not well formed, or one covering the whole file are answered with the whole file (as RFC 9110
   * allows), which is then checked against its SHA-256 as usual.
   *
   * @throws IllegalArgumentException the range starts beyond the end (416)
   */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null) return Optional.empty();
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) return Optional.empty();
    try {
      ByteRange range;
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0) throw new IllegalArgumentException("an empty suffix");
        range = new ByteRange(Math.max(0, size - suffix), size - 1, size);
      } else {
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
        if (first >= size) throw new IllegalArgumentException("starts beyond the end");
        if (last < first) return Optional.empty();
        range = new ByteRange(first, Math.min(last, size - 1), size);
      }
      return range.whole() ? Optional.empty() : Optional.of(range);
    } catch (NumberFormatException tooLong) {
      return Optional.empty();
    }
  }

  public long length() {
    return last - first + 1;
  }

  public boolean whole() {
    return first == 0 && last == size - 1;
  }

  /** The {@code Content-Range} header value. */
  public String contentRange() {
    return "bytes " + first + "-" + last + "/" + size;
  }

  @Override
  public String toString() {
    return "bytes " + first + "-" + last;
  }
}

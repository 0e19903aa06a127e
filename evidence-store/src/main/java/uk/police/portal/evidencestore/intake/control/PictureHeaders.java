package uk.police.portal.evidencestore.intake.control;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The size PNG and HEIF pictures declare in their first bytes. A decompression bomb is a small file
 * declaring a huge picture; reading the header is enough to refuse it. JPEG, whose size can come
 * after many kilobytes of metadata, is read while it streams by {@link JpegFrameScanner}.
 */
final class PictureHeaders {

  private PictureHeaders() {}

  /** From the IHDR chunk, which PNG requires right after the 8-byte signature. */
  static Optional<PictureSize> png(byte[] head) {
    if (head.length < 24 || !"IHDR".equals(ascii(head, 12, 4))) return Optional.empty();
    return Optional.of(new PictureSize(be32(head, 16), be32(head, 20)));
  }

  /**
   * The largest image spatial extent ({@code ispe}) among the item properties of the {@code meta}
   * box ({@code meta/iprp/ipco/ispe}). A HEIC photo is a grid of tiles, each with its own extent;
   * the grid's own extent is the largest.
   */
  static Optional<PictureSize> heif(byte[] head) {
    return child(head, 0, head.length, "meta")
        .flatMap(meta -> child(head, meta.content() + 4, meta.end(), "iprp"))
        .flatMap(iprp -> child(head, iprp.content(), iprp.end(), "ipco"))
        .flatMap(ipco -> largestExtent(head, ipco));
  }

  private static Optional<PictureSize> largestExtent(byte[] head, Box ipco) {
    PictureSize largest = null;
    for (int at = ipco.content(); at + 8 <= ipco.end(); ) {
      Box box = box(head, at, ipco.end());
      if (box == null) break;
      if (box.type().equals("ispe") && box.content() + 12 <= box.end()) {
        PictureSize size =
            new PictureSize(be32(head, box.content() + 4), be32(head, box.content() + 8));
        if (largest == null || size.pixels() > largest.pixels()) largest = size;
      }
      at = box.end();
    }
    return Optional.ofNullable(largest);
  }

  private record Box(String type, int content, int end) {}

  private static Optional<Box> child(byte[] head, int from, int to, String type) {
    for (int at = from; at + 8 <= to; ) {
      Box box = box(head, at, to);
      if (box == null) return Optional.empty();
      if (box.type().equals(type)) return Optional.of(box);
      at = box.end();
    }
    return Optional.empty();
  }

  /** Null when the box is malformed; a box running past the bytes we have is cut at {@code to}. */
  private static Box box(byte[] head, int at, int to) {
    long size = be32(head, at);
    String type = ascii(head, at + 4, 4);
    int header = 8;
    if (size == 1) {
      if (at + 16 > to) return null;
      size = be32(head, at + 8) << 32 | be32(head, at + 12);
      header = 16;
    } else if (size == 0) {
      size = to - at;
    }
    if (size < header) return null;
    return new Box(type, at + header, (int) Math.min(to, at + size));
  }

  private static long be32(byte[] b, int at) {
    return (b[at] & 0xffL) << 24
        | (b[at + 1] & 0xffL) << 16
        | (b[at + 2] & 0xffL) << 8
        | (b[at + 3] & 0xffL);
  }

  private static String ascii(byte[] b, int at, int length) {
    return new String(b, at, length, StandardCharsets.ISO_8859_1);
  }
}

package uk.police.portal.evidencestore.intake.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the ZIP entries whose local headers lie within the first bytes of a file. Office
 * writes its own entries first ({@code [Content_Types].xml}, {@code _rels/}, {@code word/...}), so
 * the head is enough to tell a Word file from a spreadsheet or any other ZIP.
 */
final class ZipEntryNames {

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int HEADER_SIZE = 30;
  private static final int SIZE_FOLLOWS = 0x08;

  private ZipEntryNames() {}

  static List<String> in(byte[] head) {
    List<String> names = new ArrayList<>();
    int at = 0;
    while (at >= 0 && at + HEADER_SIZE <= head.length && le32(head, at) == LOCAL_HEADER) {
      int flags = le16(head, at + 6);
      long compressed = le32(head, at + 18) & 0xffffffffL;
      int nameLength = le16(head, at + 26);
      int extraLength = le16(head, at + 28);
      int data = at + HEADER_SIZE + nameLength + extraLength;
      if (at + HEADER_SIZE + nameLength > head.length) break;
      names.add(new String(head, at + HEADER_SIZE, nameLength, StandardCharsets.UTF_8));
      boolean sizeUnknown = (flags & SIZE_FOLLOWS) != 0 && compressed == 0;
      if (sizeUnknown || compressed == 0xffffffffL) {
        at = nextHeader(head, data);
      } else {
        long next = data + compressed;
        at = next > head.length ? -1 : (int) next;
      }
    }
    return names;
  }

  /** When the size comes after the data, the next entry is found by its signature. */
  private static int nextHeader(byte[] head, int from) {
    for (int i = Math.max(from, 0); i + 4 <= head.length; i++) {
      if (le32(head, i) == LOCAL_HEADER) return i;
    }
    return -1;
  }

  static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  static int le32(byte[] b, int at) {
    return le16(b, at) | le16(b, at + 2) << 16;
  }
}

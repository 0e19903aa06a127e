package uk.police.portal.evidencestore.intake.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stream names in the first directory sector of an OLE2 compound file (Word 97-2003, Excel,
 * Outlook, MSI), when that sector lies within the bytes we have. Word writes its directory early,
 * so a {@code WordDocument} stream is usually found here.
 */
final class CompoundFileDirectory {

  private static final int ENTRY_SIZE = 128;
  private static final int NAME_BYTES = 64;

  private CompoundFileDirectory() {}

  /** Empty when the header is not OLE2's or the directory lies beyond {@code head}. */
  static Optional<List<String>> namesIn(byte[] head) {
    if (head.length < 512) return Optional.empty();
    int sectorShift = ZipEntryNames.le16(head, 0x1E);
    if (sectorShift != 9 && sectorShift != 12) return Optional.empty();
    int sectorSize = 1 << sectorShift;
    long firstDirectorySector = ZipEntryNames.le32(head, 0x30) & 0xffffffffL;
    // the header takes the first 512 bytes, padded to a whole sector in version 4 files
    long start = (firstDirectorySector + 1) * sectorSize;
    if (start + sectorSize > head.length) return Optional.empty();
    List<String> names = new ArrayList<>();
    for (int entry = (int) start; entry < start + sectorSize; entry += ENTRY_SIZE) {
      int length = ZipEntryNames.le16(head, entry + NAME_BYTES);
      if (length >= 2 && length <= NAME_BYTES) {
        names.add(new String(head, entry, length - 2, StandardCharsets.UTF_16LE));
      }
    }
    return Optional.of(names);
  }
}

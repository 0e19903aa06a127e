package uk.police.portal.evidencestore.intake.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;

/**
 * Passes an upload through while enforcing its limits: it fails the moment the size limit of its
 * kind is passed (reading at most one byte more), and the moment a JPEG's frame header declares too
 * many pixels. PNG and HEIF declare their size at the start and are checked before any byte goes
 * on.
 */
public class UploadGuard extends FilterInputStream {

  private final EvidenceKind kind;
  private final long maxBytes;
  private final long maxPixels;
  private final JpegFrameScanner jpeg;
  private long count;

  private UploadGuard(InputStream in, AcceptedType type, IntakeLimits limits) {
    super(in);
    this.kind = type.kind();
    this.maxBytes = limits.maxBytes(kind);
    this.maxPixels = limits.maxPixels();
    this.jpeg = type == AcceptedType.JPEG ? new JpegFrameScanner() : null;
  }

  /**
   * @param head the first bytes of {@code upload} (which still starts at its first byte)
   * @throws UploadRefusedException if the head already declares a picture over the pixel limit
   */
  public static InputStream guard(
      InputStream upload, byte[] head, AcceptedType type, IntakeLimits limits) {
    switch (type) {
      case PNG -> PictureHeaders.png(head).ifPresent(size -> check(size, limits.maxPixels()));
      case HEIC, HEIF ->
          PictureHeaders.heif(head).ifPresent(size -> check(size, limits.maxPixels()));
      default -> {}
    }
    return new UploadGuard(upload, type, limits);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) return 0;
    // never ask the source for more than one byte past the limit
    int wanted = (int) Math.min(length, maxBytes - count + 1);
    int n = in.read(buffer, offset, Math.max(wanted, 1));
    if (n <= 0) return n;
    count += n;
    if (count > maxBytes) {
      throw new RefusedWhileStreaming(UploadRefusedException.tooLarge(kind, maxBytes));
    }
    if (jpeg != null && !jpeg.done()) {
      jpeg.accept(buffer, offset, n);
      if (jpeg.size().isPresent()) checkWhileStreaming(jpeg.size().get());
    }
    return n;
  }

  /** Skipped bytes still count, so skip by reading. */
  @Override
  public long skip(long n) throws IOException {
    byte[] discard = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(discard, 0, (int) Math.min(discard.length, n - skipped));
      if (r < 0) break;
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported: every byte is counted once");
  }

  private void checkWhileStreaming(PictureSize size) throws RefusedWhileStreaming {
    try {
      check(size, maxPixels);
    } catch (UploadRefusedException refusal) {
      throw new RefusedWhileStreaming(refusal);
    }
  }

  private static void check(PictureSize size, long maxPixels) {
    if (size.pixels() > maxPixels) {
      throw UploadRefusedException.pictureTooLarge(size.width(), size.height(), maxPixels);
    }
  }
}

package uk.police.portal.api.testsupport;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * An MP4 video of any size made up while it is read, never held whole: an {@code ftyp} box (brand
 * isom) that evidence-store's intake takes as a video, an {@code mdat} box header, then filler. Its
 * SHA-256 is taken as it is read, so a test knows what the server must have hashed.
 */
public final class GeneratedVideo extends InputStream {

  private static final int BLOCK = 64 * 1024;

  private final long size;
  private final byte[] header;
  private final byte[] filler = new byte[BLOCK];
  private final MessageDigest sha256;
  private long position;

  /** {@code size} bytes in all, at least 32; at most 4 GB (one 32-bit mdat box). */
  public GeneratedVideo(long size) {
    if (size < 32 || size > 0xFFFF_FFFFL) throw new IllegalArgumentException("size " + size);
    this.size = size;
    ByteBuffer box = ByteBuffer.allocate(32);
    box.putInt(24).put(ascii("ftypisom")).putInt(0x200).put(ascii("isomiso2"));
    box.putInt((int) (size - 24)).put(ascii("mdat"));
    this.header = box.array();
    new Random(2026).nextBytes(filler);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (position >= size) return -1;
    int n = (int) Math.min(length, size - position);
    for (int done = 0; done < n; ) {
      long at = position + done;
      byte[] source = at < header.length ? header : filler;
      int from = at < header.length ? (int) at : (int) (at % BLOCK);
      int chunk = Math.min(n - done, source.length - from);
      System.arraycopy(source, from, buffer, offset + done, chunk);
      done += chunk;
    }
    sha256.update(buffer, offset, n);
    position += n;
    return n;
  }

  public long size() {
    return size;
  }

  /** The SHA-256 of what has been read; of the whole video once it has all been read. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

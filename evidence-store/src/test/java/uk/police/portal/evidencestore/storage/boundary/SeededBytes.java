package uk.police.portal.evidencestore.storage.boundary;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A stream of {@code size} pseudo-random bytes made on the fly (never held in memory), hashed here
 * with the JDK's own digest so the test checks the store's hash against an independent one.
 */
class SeededBytes extends InputStream {

  private final SplittableRandom random;
  private final MessageDigest sha256;
  private long remaining;

  SeededBytes(long seed, long size) {
    this.random = new SplittableRandom(seed);
    this.remaining = size;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
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
    if (remaining == 0) return -1;
    int n = (int) Math.min(length, remaining);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = (byte) random.nextInt(256);
    }
    sha256.update(buffer, offset, n);
    remaining -= n;
    return n;
  }

  /** Valid once the stream has been read to its end. */
  String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  static String sha256Of(InputStream in) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) >= 0; total += n) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest()) + "/" + total;
  }
}

package uk.police.portal.evidencestore.storage.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and SHA-256-hashes every byte read through it, so an upload of unknown size is measured
 * while it streams, without buffering it or writing a temporary file.
 */
public class HashingInputStream extends FilterInputStream {

  private final MessageDigest sha256;
  private long count;
  private boolean ended;
  private IOException sourceFailure;

  public HashingInputStream(InputStream in) {
    super(in);
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  @Override
  public int read() throws IOException {
    int b = fromSource(() -> in.read());
    if (b >= 0) {
      sha256.update((byte) b);
      count++;
    } else {
      ended = true;
      endOfStream();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = fromSource(() -> in.read(buffer, offset, length));
    if (n > 0) {
      sha256.update(buffer, offset, n);
      count += n;
    } else if (n < 0) {
      ended = true;
      endOfStream();
    }
    return n;
  }

  /** Skipped bytes must still be hashed, so skip by reading. */
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

  /** Re-reading bytes would hash them twice. */
  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readlimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported: bytes are hashed as they are read");
  }

  /**
   * The wrapped stream's own failure (a broken upload), kept apart from failures of whoever reads
   * us (an unreachable store).
   */
  public IOException sourceFailure() {
    return sourceFailure;
  }

  private int fromSource(SourceRead read) throws IOException {
    try {
      return read.read();
    } catch (IOException e) {
      sourceFailure = e;
      throw e;
    }
  }

  private interface SourceRead {
    int read() throws IOException;
  }

  /** Called once the wrapped stream reports its end; a subclass may check the hash here. */
  protected void endOfStream() throws IOException {}

  /** True once the wrapped stream has reported its end: the hash is then the whole stream's. */
  public boolean ended() {
    return ended;
  }

  public long count() {
    return count;
  }

  /** The SHA-256 of the bytes read so far, lower-case hex; the whole stream's once it has ended. */
  public String sha256Hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}

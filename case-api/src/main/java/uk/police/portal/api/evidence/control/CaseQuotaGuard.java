package uk.police.portal.api.evidence.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes an upload through until it would take its case past the quota, then fails from inside the
 * stream, so the object store aborts the upload where it is: a file over the quota is never stored
 * whole and then deleted. Reads at most one byte past what is left.
 */
public class CaseQuotaGuard extends FilterInputStream {

  /** Thrown by the stream itself; evidence-store reports it as the cause of an interruption. */
  public static class QuotaPassed extends IOException {
    public QuotaPassed(long left) {
      super("the upload passed the " + left + " bytes left in its case's quota");
    }
  }

  private final long left;
  private long count;

  public CaseQuotaGuard(InputStream in, long left) {
    super(in);
    this.left = left;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) return 0;
    int wanted = (int) Math.min(length, left - count + 1);
    int n = in.read(buffer, offset, Math.max(wanted, 1));
    if (n <= 0) return n;
    count += n;
    if (count > left) {
      throw new QuotaPassed(left);
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
}

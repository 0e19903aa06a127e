package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.api.evidence.entity.ByteRange;
import uk.police.portal.api.evidence.entity.EvidenceIntegrityException;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectInfo;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * Evidence bytes on their way out, checked against our record (its size and the SHA-256 taken while
 * the file arrived): before the first byte, the store must hold an object of the recorded size
 * (and, for files published with a hash in their metadata, that same hash); while streaming,
 * evidence-store hashes the bytes again and fails at the end if they are not the recorded SHA-256.
 * The last block is held back until that check has passed, so a client never receives a complete
 * file that failed it: the response stops short of its Content-Length instead.
 */
@ApplicationScoped
public class EvidenceDownloads {

  static final int BLOCK = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(EvidenceDownloads.class.getName());

  @Inject ObjectStore store;

  /**
   * Opens the item's bytes; the caller closes them.
   *
   * @throws EvidenceIntegrityException the store's object is missing or is not the one recorded
   * @throws ObjectStoreException the store is not answering
   */
  public InputStream open(EvidenceItem item, String reference) {
    ObjectInfo info;
    try {
      info = store.stat(item.objectKey());
    } catch (ObjectStoreException e) {
      if (e.reason() != ObjectStoreException.Reason.NOT_FOUND) throw e;
      throw integrityFailure(item, reference, "its object " + item.objectKey() + " is missing");
    }
    boolean hashDiffers = info.sha256() != null && !item.sha256().equalsIgnoreCase(info.sha256());
    if (info.size() != item.size() || hashDiffers) {
      throw integrityFailure(
          item,
          reference,
          "the store holds %d bytes with SHA-256 %s, the record says %d bytes with SHA-256 %s"
              .formatted(info.size(), info.sha256(), item.size(), item.sha256()));
    }
    return store.get(item.objectKey(), item.sha256());
  }

  /**
   * Copies all of {@code in} to {@code out}, writing each block only once the next read has
   * succeeded; the read that ends the stream is the one that checks the hash.
   *
   * @throws IOException the bytes failed a check (logged SEVERE), the store broke off, or the
   *     client went away; in each case the response must fail, not end normally
   */
  public void copy(EvidenceItem item, String reference, InputStream in, OutputStream out)
      throws IOException {
    byte[] held = new byte[BLOCK];
    byte[] next = new byte[BLOCK];
    int heldLength = 0;
    long count = 0;
    while (true) {
      int n = read(item, reference, in, next, count);
      if (n < 0) break;
      count += n;
      if (count > item.size()) {
        throw loud(item, reference, "the store sent more than the " + item.size() + " bytes");
      }
      if (heldLength > 0) out.write(held, 0, heldLength);
      byte[] swap = held;
      held = next;
      next = swap;
      heldLength = n;
    }
    if (count != item.size()) {
      throw loud(item, reference, "the store sent " + count + " of " + item.size() + " bytes");
    }
    if (heldLength > 0) out.write(held, 0, heldLength);
    out.flush();
  }

  private static int read(
      EvidenceItem item, String reference, InputStream in, byte[] buffer, long count)
      throws IOException {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      if (count == item.size() || String.valueOf(e.getMessage()).contains("Integrity check")) {
        LOG.log(
            Level.SEVERE,
            "INTEGRITY FAILURE: evidence {0} of case {1} was not served: {2}",
            new Object[] {item.id(), reference, e.getMessage()});
      } else {
        LOG.log(
            Level.WARNING,
            "Reading evidence {0} of case {1} from the store broke off after {2} bytes: {3}",
            new Object[] {item.id(), reference, count, e.toString()});
      }
      throw e;
    }
  }

  private static IOException loud(EvidenceItem item, String reference, String what) {
    LOG.log(
        Level.SEVERE,
        "INTEGRITY FAILURE: evidence {0} of case {1} was not served: {2}",
        new Object[] {item.id(), reference, what});
    return new IOException("Evidence " + item.id() + " failed its check: " + what);
  }

  private static EvidenceIntegrityException integrityFailure(
      EvidenceItem item, String reference, String what) {
    LOG.log(
        Level.SEVERE,
        "INTEGRITY FAILURE: evidence {0} of case {1} was not served: {2}",
        new Object[] {item.id(), reference, what});
    return new EvidenceIntegrityException(
        "Evidence " + item.id() + " of case " + reference + " failed its check: " + what);
  }

  /**
   * Copies one range of the item's bytes. Their SHA-256 cannot be checked, as only the whole file
   * has one: the store's copy was checked against the record before the first byte ({@link #open}),
   * and whole downloads check every byte. The store is read from the start (evidence-store reads
   * ranges only from the beginning), so seeking far into a long video costs a read up to there.
   */
  public void copyPart(EvidenceItem item, ByteRange part, InputStream in, OutputStream out)
      throws IOException {
    in.skipNBytes(part.first());
    byte[] buffer = new byte[BLOCK];
    long left = part.length();
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("Evidence " + item.id() + " ended before " + part);
      }
      out.write(buffer, 0, n);
      left -= n;
    }
    out.flush();
  }
}

package uk.police.portal.api.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.police.portal.api.evidence.entity.EvidenceIntegrityException;
import uk.police.portal.api.evidence.entity.EvidenceItem;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;

/**
 * Thumbnails of pictures, for an officer looking through a case's photos. A thumbnail is a derived
 * file: its own object beside the original (see {@link Thumbnails#keyFor}), made on the first
 * request from the original's bytes, checked against the original's recorded SHA-256 as they are
 * read, and reused after that; it has no record, so it is stored with its own SHA-256 in its
 * metadata and checked against that when read again. The original is only ever read.
 */
@ApplicationScoped
public class EvidencePreviews {

  public static final String NO_PREVIEW = "No preview for this kind of file.";

  private static final Logger LOG = Logger.getLogger(EvidencePreviews.class.getName());

  @Inject ObjectStore store;
  @Inject EvidenceDownloads downloads;

  /**
   * The item's thumbnail as JPEG bytes (a few KB).
   *
   * @throws NotFoundException this kind of file has no preview
   * @throws EvidenceIntegrityException the original failed its check; no thumbnail was made
   */
  public byte[] thumbnail(EvidenceItem item, String reference) {
    if (!Thumbnails.previewable(item.mediaType())) {
      throw new NotFoundException(NO_PREVIEW);
    }
    String key = Thumbnails.keyFor(item.objectKey());
    if (store.exists(key)) {
      try (InputStream kept = store.get(key)) {
        return kept.readAllBytes();
      } catch (IOException e) {
        // A damaged thumbnail is not evidence: say so, and make it again from the original.
        LOG.log(Level.WARNING, "Thumbnail {0} failed its check: {1}", new Object[] {key, e});
        store.delete(key);
      }
    }
    byte[] thumbnail = make(item, reference);
    keep(key, item, thumbnail);
    return thumbnail;
  }

  private byte[] make(EvidenceItem item, String reference) {
    try (InputStream original = downloads.open(item, reference)) {
      BufferedImage picture = Thumbnails.decode(original);
      if (picture == null) {
        throw new NotFoundException(NO_PREVIEW);
      }
      // Reading the rest of the original is what checks its SHA-256 (evidence-store's stream).
      original.transferTo(OutputStream.nullOutputStream());
      return Thumbnails.jpeg(picture);
    } catch (IOException e) {
      if (!String.valueOf(e.getMessage()).contains("Integrity check")) {
        throw new ObjectStoreException(
            ObjectStoreException.Reason.FAILED, "Reading " + item.objectKey() + " broke off", e);
      }
      LOG.log(
          Level.SEVERE,
          "INTEGRITY FAILURE: evidence {0} of case {1} was not previewed: {2}",
          new Object[] {item.id(), reference, e.toString()});
      throw new EvidenceIntegrityException(
          "Evidence " + item.id() + " of case " + reference + " failed its check: " + e);
    }
  }

  private void keep(String key, EvidenceItem item, byte[] thumbnail) {
    try {
      store.put(
          key,
          thumbnail,
          "image/jpeg",
          Map.of("derived-from", item.objectKey(), "derivation", Thumbnails.DERIVATION));
    } catch (ObjectStoreException e) {
      // Another request made it first (ALREADY_EXISTS), or the store failed: either way the
      // thumbnail made here is still right to show, and the next request finds or makes one.
      LOG.log(Level.FINE, "Thumbnail {0} not kept: {1}", new Object[] {key, e.getMessage()});
    }
  }
}

package uk.police.portal.evidencestore.intake.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import uk.police.portal.evidencestore.intake.control.CaptureMetadataReader;
import uk.police.portal.evidencestore.intake.control.ContentTypes;
import uk.police.portal.evidencestore.intake.control.RefusedWhileStreaming;
import uk.police.portal.evidencestore.intake.control.UploadGuard;
import uk.police.portal.evidencestore.intake.control.UploadHead;
import uk.police.portal.evidencestore.intake.entity.AcceptedEvidence;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;
import uk.police.portal.evidencestore.intake.entity.IntakeLimits;
import uk.police.portal.evidencestore.intake.entity.OriginalName;
import uk.police.portal.evidencestore.intake.entity.UploadRefusedException;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;
import uk.police.portal.evidencestore.storage.boundary.StagedUpload;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException.Reason;
import uk.police.portal.evidencestore.storage.entity.StoredObject;

/**
 * Accepts a citizen's upload into the object store, or refuses it with a reason they can act on.
 * The type is decided from the first 64 KB of bytes, before anything is stored; the size and
 * picture-size limits are enforced while the rest streams, and an upload that breaks them is
 * aborted where it is. Either the evidence is stored under a generated key and its SHA-256 is
 * returned for the caller to record (reads are checked against that record), or nothing is.
 * Thread-safe: create one per application.
 */
public class EvidenceIntake {

  /** Metadata key of the cleaned original name, percent-encoded UTF-8. */
  public static final String ORIGINAL_NAME = "original-name";

  /** How much of a stored photo is read for its EXIF data at most. */
  static final long METADATA_READ_LIMIT = 16L * 1024 * 1024;

  private static final Logger LOG = System.getLogger(EvidenceIntake.class.getName());

  private final ObjectStore store;
  private final IntakeLimits limits;
  private final ContentTypes contentTypes = new ContentTypes();
  private final CaptureMetadataReader captureMetadata = new CaptureMetadataReader();

  public EvidenceIntake(ObjectStore store) {
    this(store, IntakeLimits.defaults());
  }

  public EvidenceIntake(ObjectStore store, IntakeLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  public IntakeLimits limits() {
    return limits;
  }

  /**
   * Reads {@code upload} to its end (unless it is refused first) into a new object.
   *
   * @param originalName the file's name as the browser gave it; cleaned and kept as metadata only
   * @param metadata ASCII user metadata for the object, e.g. the case reference
   * @throws UploadRefusedException the file is empty, not a type we accept, named as another type,
   *     too large, or a picture declaring too many pixels; nothing was stored
   * @throws ObjectStoreException the store failed (UNREACHABLE, ...) or the upload stream broke
   *     (INTERRUPTED); nothing was stored
   */
  public AcceptedEvidence accept(
      InputStream upload, String originalName, Map<String, String> metadata) {
    OriginalName name = OriginalName.clean(originalName);
    UploadHead head = readHead(upload);
    AcceptedType type = contentTypes.decide(head.head(), name);
    InputStream guarded = UploadGuard.guard(head.upload(), head.head(), type, limits);
    Map<String, String> withName = new HashMap<>(metadata);
    withName.put(ORIGINAL_NAME, name.forMetadata());
    StoredObject stored = put(guarded, type, withName);
    LOG.log(
        Level.INFO,
        "Accepted {0} as {1}: {2} bytes, SHA-256 {3}",
        stored.key(),
        type.mediaType(),
        stored.size(),
        stored.sha256());
    return new AcceptedEvidence(stored, type, name, captureMetadata(stored.key(), type));
  }

  /**
   * Accepts a file a client uploaded straight to the store (a presigned URL) under {@code
   * stagingKey}, with the same checks as {@link #accept}: its type from its first bytes, its size
   * and picture-size limits while the rest is read, its SHA-256 taken while reading. Only then is
   * it copied, server-side, to a new evidence key. A refused file is removed from the store.
   *
   * @param declaredSize the size the client said it would send; any other is refused
   * @throws UploadRefusedException as for {@link #accept}, or NOT_AS_DECLARED; the staging object
   *     was removed
   * @throws ObjectStoreException NOT_FOUND when nothing has arrived; UNREACHABLE and the rest when
   *     the store failed, in which case the staging object is left for a later try (or the sweeper)
   */
  public AcceptedEvidence acceptStaged(
      String stagingKey, long declaredSize, String originalName, Map<String, String> metadata) {
    OriginalName name = OriginalName.clean(originalName);
    Map<String, String> withName = new HashMap<>(metadata);
    withName.put(ORIGINAL_NAME, name.forMetadata());
    StoredObject stored;
    AcceptedType type;
    try (StagedUpload staged = store.openStaged(stagingKey)) {
      if (staged.size() != declaredSize) {
        throw UploadRefusedException.notAsDeclared(staged.size(), declaredSize);
      }
      UploadHead head = UploadHead.read(staged.bytes(), ContentTypes.HEAD_SIZE);
      type = contentTypes.decide(head.head(), name);
      UploadGuard.guard(head.upload(), head.head(), type, limits)
          .transferTo(OutputStream.nullOutputStream());
      stored = store.publish(staged, store.newKey(), type.mediaType(), withName);
    } catch (RefusedWhileStreaming refused) {
      throw removed(stagingKey, refused.refusal());
    } catch (UploadRefusedException refused) {
      throw removed(stagingKey, refused);
    } catch (IOException e) {
      throw new ObjectStoreException(
          Reason.UNREACHABLE,
          "Reading %s back from the store failed (%s). Nothing was stored."
              .formatted(stagingKey, e.getMessage()),
          e);
    }
    LOG.log(
        Level.INFO,
        "Accepted {0} (sent straight to the store) as {1}: {2} bytes, SHA-256 {3}",
        stored.key(),
        type.mediaType(),
        stored.size(),
        stored.sha256());
    return new AcceptedEvidence(stored, type, name, captureMetadata(stored.key(), type));
  }

  /** A refused staging object is removed at once; if the store will not, the sweeper will. */
  private UploadRefusedException removed(String stagingKey, UploadRefusedException refusal) {
    try {
      store.delete(stagingKey);
    } catch (ObjectStoreException e) {
      LOG.log(Level.WARNING, "Refused {0} but could not remove it yet: {1}", stagingKey, e);
    }
    return refusal;
  }

  /**
   * What a stored JPEG or HEIC photo says about when, with what and where it was taken, read from
   * at most its first 16 MB; {@link CaptureMetadata#NONE} for other types or when unreadable.
   */
  public CaptureMetadata captureMetadata(String key, AcceptedType type) {
    if (!CaptureMetadataReader.readsFrom(type)) return CaptureMetadata.NONE;
    try (InputStream photo = store.getBeginning(key, METADATA_READ_LIMIT)) {
      return captureMetadata.read(photo, type);
    } catch (IOException | ObjectStoreException e) {
      LOG.log(Level.WARNING, "Could not read the capture metadata of {0}: {1}", key, e.toString());
      return CaptureMetadata.NONE;
    }
  }

  private StoredObject put(InputStream guarded, AcceptedType type, Map<String, String> metadata) {
    try {
      return store.put(store.newKey(), guarded, type.mediaType(), metadata);
    } catch (ObjectStoreException e) {
      if (e.reason() == Reason.INTERRUPTED && e.getCause() instanceof RefusedWhileStreaming r) {
        throw r.refusal();
      }
      throw e;
    }
  }

  private static UploadHead readHead(InputStream upload) {
    try {
      return UploadHead.read(upload, ContentTypes.HEAD_SIZE);
    } catch (IOException e) {
      throw new ObjectStoreException(
          Reason.INTERRUPTED,
          "The upload stopped before its first %d bytes could be read (%s). Nothing was stored."
              .formatted(ContentTypes.HEAD_SIZE, e.getMessage()),
          e);
    }
  }
}

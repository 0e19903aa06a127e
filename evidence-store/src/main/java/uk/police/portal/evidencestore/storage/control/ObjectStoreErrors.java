package uk.police.portal.evidencestore.storage.control;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.ServerException;
import java.io.IOException;
import java.util.Set;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreConfig;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException;
import uk.police.portal.evidencestore.storage.entity.ObjectStoreException.Reason;

/**
 * Turns MinIO's nine checked exceptions into one {@link ObjectStoreException} whose message says,
 * in plain English and with the endpoint and bucket, whether the store is unreachable, the object
 * is missing or access was refused.
 */
public class ObjectStoreErrors {

  private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NoSuchBucket");
  private static final Set<String> REFUSED =
      Set.of("AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled");

  private final String where;

  public ObjectStoreErrors(ObjectStoreConfig config) {
    this.where = "object store " + config.endpoint() + " (bucket " + config.bucket() + ")";
  }

  /**
   * @param action what we were doing, e.g. "read evidence/2026/11/..."; appears in the message
   */
  public ObjectStoreException translate(String action, Exception e) {
    if (e instanceof ObjectStoreException known) return known;
    if (e instanceof ErrorResponseException refusal) return fromErrorResponse(action, refusal);
    if (e instanceof ServerException server) {
      return new ObjectStoreException(
          Reason.UNREACHABLE,
          "Could not %s: %s is unavailable (HTTP %d)".formatted(action, where, server.statusCode()),
          e);
    }
    if (e instanceof IOException) {
      return new ObjectStoreException(
          Reason.UNREACHABLE,
          "Could not %s: %s is unreachable (%s)".formatted(action, where, describe(e)),
          e);
    }
    return new ObjectStoreException(
        Reason.FAILED, "Could not %s in %s: %s".formatted(action, where, describe(e)), e);
  }

  private ObjectStoreException fromErrorResponse(String action, ErrorResponseException e) {
    String code = e.errorResponse().code();
    if (MISSING.contains(code)) {
      String what = "NoSuchBucket".equals(code) ? "the bucket" : "the object";
      return new ObjectStoreException(
          Reason.NOT_FOUND,
          "Could not %s: %s was not found in %s".formatted(action, what, where),
          e);
    }
    if (REFUSED.contains(code) || e.response() != null && e.response().code() == 403) {
      return new ObjectStoreException(
          Reason.ACCESS_REFUSED,
          "Could not %s: %s refused access (%s); check PORTAL_S3_ACCESS_KEY and PORTAL_S3_SECRET_KEY"
              .formatted(action, where, code),
          e);
    }
    return new ObjectStoreException(
        Reason.FAILED,
        "Could not %s: %s answered %s: %s"
            .formatted(action, where, code, e.errorResponse().message()),
        e);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}

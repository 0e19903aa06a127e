package uk.police.portal.evidencestore.storage.entity;

/** Any failure of the object store, with a plain-English message naming the endpoint and bucket. */
public class ObjectStoreException extends RuntimeException {

  /**
   * What went wrong, so a caller can choose a status: UNREACHABLE is a 503, NOT_FOUND a 404,
   * INTERRUPTED (the upload stream itself failed, e.g. the browser went away) a 400.
   */
  public enum Reason {
    UNREACHABLE,
    INTERRUPTED,
    NOT_FOUND,
    ACCESS_REFUSED,
    ALREADY_EXISTS,
    FAILED
  }

  private final Reason reason;

  public ObjectStoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

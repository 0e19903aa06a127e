package uk.police.portal.evidencestore.storage.boundary;

import java.io.IOException;
import java.io.InputStream;
import uk.police.portal.evidencestore.storage.control.HashingInputStream;

/**
 * A staging object that a client uploaded straight to the store (see {@link
 * ObjectStore#presignUpload}), opened for reading. Every byte read through {@link #bytes()} is
 * counted and hashed; {@link ObjectStore#publish} takes it only once it has been read to its end,
 * and only if the store still holds exactly the version that was read (its etag).
 */
public final class StagedUpload implements AutoCloseable {

  private final String key;
  private final long size;
  private final String etag;
  private final HashingInputStream bytes;

  StagedUpload(String key, long size, String etag, InputStream in) {
    this.key = key;
    this.size = size;
    this.etag = etag;
    this.bytes = new HashingInputStream(in);
  }

  public String key() {
    return key;
  }

  /** The size the store reported when it was opened. */
  public long size() {
    return size;
  }

  public InputStream bytes() {
    return bytes;
  }

  String etag() {
    return etag;
  }

  HashingInputStream hashed() {
    return bytes;
  }

  @Override
  public void close() {
    try {
      bytes.close();
    } catch (IOException e) {
      // a read-only stream from the store: nothing to flush, nothing lost
    }
  }
}

package uk.police.portal.evidencestore.storage.entity;

import java.time.Instant;
import java.util.Map;

/** What the store knows about an object, without its bytes. Metadata keys are lower case. */
public record ObjectInfo(
    String key, long size, String contentType, Map<String, String> metadata, Instant lastModified) {

  public static final String SHA256 = "sha256";

  public ObjectInfo {
    metadata = Map.copyOf(metadata);
  }

  /** The SHA-256 recorded at upload, or null for an object not stored through this library. */
  public String sha256() {
    return metadata.get(SHA256);
  }
}

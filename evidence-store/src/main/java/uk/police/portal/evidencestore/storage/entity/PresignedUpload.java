package uk.police.portal.evidencestore.storage.entity;

import java.time.Instant;
import java.util.Map;

/**
 * Where an API client may send one file of an exact size, without passing it through our server: an
 * HTTP {@code PUT} of the bytes to {@code url} with {@code headers}, before {@code expiresAt}. The
 * signature covers the key, the expiry and the Content-Length, so the store refuses any other key,
 * a later start or another size (403). What arrives is only a staging object: nothing is evidence
 * until the server has read it through the intake and published it.
 *
 * @param key the staging key ({@code incoming/<uuid>}) the bytes will arrive under
 * @param headers what the request must carry exactly as given (Content-Length)
 */
public record PresignedUpload(
    String key,
    String url,
    String method,
    Map<String, String> headers,
    Instant expiresAt,
    long size) {

  public PresignedUpload {
    headers = Map.copyOf(headers);
  }
}

package uk.police.portal.api.evidence.entity;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Where and how to send one file, and where to say it has arrived.
 *
 * @param url send the bytes here, with {@code method} (PUT) and exactly {@code headers}
 * @param expiresAt the upload must start before this
 * @param completeBy the upload must be completed (POST to {@code complete}) before this
 * @param minSize the store takes a file of at least this many bytes...
 * @param maxSize ...and at most this many: a presigned PUT signs one exact size, so both are the
 *     size declared
 * @param complete the path (under /api) to POST to once the bytes have arrived
 */
public record UploadSlotView(
    String id,
    String url,
    String method,
    Map<String, String> headers,
    OffsetDateTime expiresAt,
    OffsetDateTime completeBy,
    long minSize,
    long maxSize,
    String complete) {}

package uk.police.portal.api.evidence.entity;

import java.time.OffsetDateTime;

/**
 * What a citizen is given for each file we keep, on screen and by email: enough for them (or a
 * court) to show later that the file we hold is the one they sent.
 *
 * @param reference the case it was added to
 * @param name the file's name as we kept it, cleaned
 * @param sha256 the file's SHA-256, lower-case hex, taken while it arrived
 * @param receivedAt when we had all of it and recorded it
 * @param locationNote present only when a photo holds its location: says that we keep it
 */
public record EvidenceReceipt(
    long id,
    String reference,
    String name,
    long size,
    String sizeInWords,
    String sha256,
    String mediaType,
    String typeInWords,
    OffsetDateTime receivedAt,
    String locationNote) {}

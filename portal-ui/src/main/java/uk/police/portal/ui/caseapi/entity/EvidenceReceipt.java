package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * case-api's receipt for one file it kept: enough for the citizen (or a court) to show later that
 * the file held is the one they sent.
 *
 * @param name the file's name as case-api kept it, cleaned
 * @param sha256 the file's SHA-256, lower-case hex, taken while it arrived
 * @param locationNote present only when a photo holds the place it was taken
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

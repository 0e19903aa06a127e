package uk.police.portal.evidencestore.intake.entity;

import uk.police.portal.evidencestore.storage.entity.StoredObject;

/**
 * An upload that passed every check and is stored under a generated key with its SHA-256: what a
 * receipt and the evidence record are made from.
 *
 * @param capture what a photo's EXIF says; {@link CaptureMetadata#NONE} for other files, or when
 *     the photo's metadata could not be read
 */
public record AcceptedEvidence(
    StoredObject stored, AcceptedType type, OriginalName originalName, CaptureMetadata capture) {}

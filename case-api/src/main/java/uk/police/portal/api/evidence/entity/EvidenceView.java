package uk.police.portal.api.evidence.entity;

import java.time.OffsetDateTime;
import uk.police.portal.evidencestore.intake.entity.EvidenceKind;

/**
 * One evidence item as a list shows it.
 *
 * @param name the file's name as it came, cleaned (never a path)
 * @param typeInWords what the content is, decided from its bytes: "JPEG photo", "PDF document"
 * @param uploadedBy the name of whoever added it
 * @param capture what a photo says about itself; absent when it says nothing
 */
public record EvidenceView(
    long id,
    String name,
    long size,
    String sizeInWords,
    String sha256,
    String mediaType,
    String typeInWords,
    EvidenceKind kind,
    OffsetDateTime uploadedAt,
    String uploadedBy,
    CaptureView capture) {}

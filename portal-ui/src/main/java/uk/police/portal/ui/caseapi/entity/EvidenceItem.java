package uk.police.portal.ui.caseapi.entity;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One file of a case as case-api lists it ({@code GET /api/cases/{reference}/evidence}); a citizen
 * is given only the files they added.
 *
 * @param kind IMAGE, VIDEO, AUDIO or DOCUMENT
 * @param capture what a photo says about itself; null when it says nothing
 */
public record EvidenceItem(
    long id,
    String name,
    long size,
    String sizeInWords,
    String sha256,
    String mediaType,
    String typeInWords,
    String kind,
    OffsetDateTime uploadedAt,
    String uploadedBy,
    Capture capture) {

  /** When, with what and where the device says a photo was taken; any part may be null. */
  public record Capture(
      LocalDateTime takenAt,
      String takenAtOffset,
      String cameraMake,
      String cameraModel,
      Double latitude,
      Double longitude) {}
}

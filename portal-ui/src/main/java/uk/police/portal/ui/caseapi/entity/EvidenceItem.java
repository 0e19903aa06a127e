package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * One file on a case, as case-api lists it (its EvidenceView).
 *
 * @param name the file's name as it came, cleaned by case-api (never a path)
 * @param mediaType decided by case-api from the bytes, never from the name
 * @param typeInWords what it is: "JPEG photo", "PDF document"
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

  /**
   * When, with what and where a photo claims it was taken (its EXIF data): the device's own clock
   * and GPS, which may be wrong. Every field may be null.
   *
   * @param takenAt the camera clock's local time
   * @param takenAtOffset the offset the camera recorded with it, such as {@code +01:00} or {@code
   *     Z}
   */
  public record Capture(
      java.time.LocalDateTime takenAt,
      String takenAtOffset,
      String cameraMake,
      String cameraModel,
      Double latitude,
      Double longitude) {}
}

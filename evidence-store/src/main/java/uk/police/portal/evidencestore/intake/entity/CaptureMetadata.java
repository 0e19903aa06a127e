package uk.police.portal.evidencestore.intake.entity;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * When, with what and where a photo says it was taken, as its EXIF data claims: the camera's own
 * clock and GPS, which a citizen's device may have set wrongly. Every field may be null.
 *
 * @param takenAt the camera clock's local time (EXIF DateTimeOriginal)
 * @param takenAtOffset the offset the camera recorded with it (OffsetTimeOriginal), if any
 */
public record CaptureMetadata(
    LocalDateTime takenAt,
    ZoneOffset takenAtOffset,
    String cameraMake,
    String cameraModel,
    Double latitude,
    Double longitude) {

  public static final CaptureMetadata NONE =
      new CaptureMetadata(null, null, null, null, null, null);

  public CaptureMetadata {
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("A location needs both latitude and longitude");
    }
  }

  public boolean hasLocation() {
    return latitude != null;
  }

  /** The capture time as an instant, when the camera recorded its offset. */
  public Optional<OffsetDateTime> takenAtWithOffset() {
    return takenAt == null || takenAtOffset == null
        ? Optional.empty()
        : Optional.of(takenAt.atOffset(takenAtOffset));
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}

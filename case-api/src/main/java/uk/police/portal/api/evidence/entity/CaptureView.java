package uk.police.portal.api.evidence.entity;

import java.time.LocalDateTime;

/**
 * When, with what and where a photo claims it was taken (its EXIF data): the device's own clock and
 * GPS, which may be wrong. Every field may be absent.
 *
 * @param takenAt the camera clock's local time
 * @param takenAtOffset the offset the camera recorded with it, such as {@code +01:00} or {@code Z}
 */
public record CaptureView(
    LocalDateTime takenAt,
    String takenAtOffset,
    String cameraMake,
    String cameraModel,
    Double latitude,
    Double longitude) {}

package uk.police.portal.ui.staff.casework;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.police.portal.ui.caseapi.entity.EvidenceItem.Capture;

/**
 * What a photo says about itself (its EXIF data), in words an officer can put in a statement. The
 * time is the camera's own clock, not UK time: it is shown as the camera recorded it, and said so.
 */
final class CaptureWords {

  private static final DateTimeFormatter TAKEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

  private CaptureWords() {}

  static Optional<String> takenAt(Capture capture) {
    if (capture == null || capture.takenAt() == null) {
      return Optional.empty();
    }
    String offset = capture.takenAtOffset();
    String zone =
        offset == null || offset.isBlank()
            ? ""
            : " (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")";
    return Optional.of(
        TAKEN.format(capture.takenAt()) + zone + ", by the camera's own clock, which may be wrong");
  }

  /** "Apple iPhone 15"; a model that already names its maker is not doubled. */
  static Optional<String> camera(Capture capture) {
    if (capture == null) {
      return Optional.empty();
    }
    String make = blankToEmpty(capture.cameraMake());
    String model = blankToEmpty(capture.cameraModel());
    if (make.isEmpty() && model.isEmpty()) {
      return Optional.empty();
    }
    if (model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT))) {
      return Optional.of(model);
    }
    return Optional.of((make + " " + model).strip());
  }

  static boolean hasLocation(Capture capture) {
    return capture != null && capture.latitude() != null && capture.longitude() != null;
  }

  /** "51.50140, -0.14190": five decimals is about a metre, as precise as a phone's GPS. */
  static String location(Capture capture) {
    return decimal(capture.latitude()) + ", " + decimal(capture.longitude());
  }

  static String mapLink(Capture capture) {
    String lat = decimal(capture.latitude());
    String lon = decimal(capture.longitude());
    return "https://www.openstreetmap.org/?mlat="
        + lat
        + "&mlon="
        + lon
        + "#map=17/"
        + lat
        + "/"
        + lon;
  }

  private static String decimal(double degrees) {
    return String.format(Locale.ROOT, "%.5f", degrees);
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}

package uk.police.portal.evidencestore.intake.control;

import com.drew.imaging.heif.HeifMetadataReader;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import uk.police.portal.evidencestore.intake.entity.AcceptedType;
import uk.police.portal.evidencestore.intake.entity.CaptureMetadata;

/**
 * Reads when, with what and where a JPEG or HEIC photo says it was taken, from its EXIF data.
 * Metadata is a help for the investigator, never a condition: anything unreadable gives {@link
 * CaptureMetadata#NONE} or the fields that could be read, and never an exception.
 */
public class CaptureMetadataReader {

  private static final Logger LOG = System.getLogger(CaptureMetadataReader.class.getName());
  private static final DateTimeFormatter EXIF_TIME =
      DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
  private static final int MAX_TEXT = 100;

  public static boolean readsFrom(AcceptedType type) {
    return type == AcceptedType.JPEG || type == AcceptedType.HEIC || type == AcceptedType.HEIF;
  }

  /**
   * @param in the photo from its first byte; read only as far as its metadata, not closed here
   */
  public CaptureMetadata read(InputStream in, AcceptedType type) {
    if (!readsFrom(type)) return CaptureMetadata.NONE;
    try {
      Metadata metadata =
          type == AcceptedType.JPEG
              ? JpegMetadataReader.readMetadata(in)
              : HeifMetadataReader.readMetadata(in);
      return from(metadata);
    } catch (Exception | StackOverflowError e) {
      // a malformed or hostile file must not fail the upload it came with
      LOG.log(Level.INFO, "No capture metadata readable from a {0}: {1}", type, e.toString());
      return CaptureMetadata.NONE;
    }
  }

  private static CaptureMetadata from(Metadata metadata) {
    ExifIFD0Directory camera = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    LocalDateTime takenAt = time(exif, ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
    ZoneOffset offset = takenAt == null ? null : offset(exif);
    if (takenAt == null) takenAt = time(camera, ExifDirectoryBase.TAG_DATETIME);
    GeoLocation location = gps == null ? null : gps.getGeoLocation();
    boolean located = location != null && !location.isZero();
    return new CaptureMetadata(
        takenAt,
        offset,
        text(camera, ExifDirectoryBase.TAG_MAKE),
        text(camera, ExifDirectoryBase.TAG_MODEL),
        located ? location.getLatitude() : null,
        located ? location.getLongitude() : null);
  }

  private static LocalDateTime time(Directory directory, int tag) {
    String value = text(directory, tag);
    if (value == null) return null;
    try {
      return LocalDateTime.parse(value, EXIF_TIME);
    } catch (DateTimeParseException e) {
      return null; // cameras with no clock set write "0000:00:00 00:00:00"
    }
  }

  private static ZoneOffset offset(Directory exif) {
    String value = text(exif, ExifDirectoryBase.TAG_TIME_ZONE_ORIGINAL);
    if (value == null) return null;
    try {
      return ZoneOffset.of(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The file's own text, so stripped of control characters and capped. */
  private static String text(Directory directory, int tag) {
    if (directory == null) return null;
    String value = directory.getString(tag);
    if (value == null) return null;
    String clean = value.replaceAll("\\p{Cntrl}", "").strip();
    if (clean.isEmpty()) return null;
    return clean.length() > MAX_TEXT ? clean.substring(0, MAX_TEXT) : clean;
  }
}

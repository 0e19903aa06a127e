package uk.police.portal.evidencestore.intake.entity;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An upload the portal will not keep, and nothing of it was stored. The message is written for the
 * citizen who sent it; {@link #detail()} says what was found, for logs and staff.
 */
public class UploadRefusedException extends RuntimeException {

  /** Why, so a caller can choose a status: TOO_LARGE is a 413, the others a 415 or 400. */
  public enum Reason {
    EMPTY,
    TYPE_NOT_ACCEPTED,
    NAME_CONTRADICTS_CONTENT,
    TOO_LARGE,
    PICTURE_TOO_LARGE,
    /** A file sent straight to the store is not the size its sender declared. */
    NOT_AS_DECLARED
  }

  public static final String WHAT_WE_ACCEPT =
      "Send photos, videos, audio, PDF, Word or text files.";

  private final Reason reason;
  private final String detail;

  public UploadRefusedException(Reason reason, String citizenMessage, String detail) {
    super(citizenMessage);
    this.reason = reason;
    this.detail = detail;
  }

  public static UploadRefusedException empty() {
    return new UploadRefusedException(
        Reason.EMPTY,
        "This file is empty. Please check you chose the right file.",
        "the upload had no bytes");
  }

  public static UploadRefusedException typeNotAccepted(String detectedType) {
    return new UploadRefusedException(
        Reason.TYPE_NOT_ACCEPTED,
        "This file is not a type we can accept. " + WHAT_WE_ACCEPT,
        "content detected as " + detectedType + ", which is not on the allow-list");
  }

  public static UploadRefusedException nameContradictsContent(
      String extension, AcceptedType detected) {
    return new UploadRefusedException(
        Reason.NAME_CONTRADICTS_CONTENT,
        "This file's name ends in .%s, but the file is a %s. Please check you chose the right file."
            .formatted(extension, detected.inWords()),
        "name ends in .%s, content detected as %s".formatted(extension, detected.mediaType()));
  }

  public static UploadRefusedException tooLarge(EvidenceKind kind, long limitBytes) {
    String size = SizeInWords.of(limitBytes);
    return new UploadRefusedException(
        Reason.TOO_LARGE,
        "This %s is larger than %s, the most we can accept for one %s. Please ask the officer dealing with your case how to send it."
            .formatted(kind.inWords(), size, kind.inWords()),
        "more than %d bytes, the limit for %s".formatted(limitBytes, kind));
  }

  public static UploadRefusedException pictureTooLarge(long width, long height, long maxPixels) {
    NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.UK);
    return new UploadRefusedException(
        Reason.PICTURE_TOO_LARGE,
        "This picture is too large for us to open (%s × %s pixels; the most we accept is %s megapixels). Please send a smaller copy of it."
            .formatted(
                grouped.format(width),
                grouped.format(height),
                grouped.format(maxPixels / 1_000_000)),
        "header declares %d x %d pixels, limit %d".formatted(width, height, maxPixels));
  }

  public static UploadRefusedException notAsDeclared(long arrived, long declared) {
    return new UploadRefusedException(
        Reason.NOT_AS_DECLARED,
        "The file that arrived is %s, not the %s you told us. Nothing was saved. Please start the upload again."
            .formatted(SizeInWords.of(arrived), SizeInWords.of(declared)),
        "%d bytes arrived, %d were declared".formatted(arrived, declared));
  }

  public Reason reason() {
    return reason;
  }

  /** What was found, in terms for staff and logs (types, byte counts); never shown to citizens. */
  public String detail() {
    return detail;
  }
}

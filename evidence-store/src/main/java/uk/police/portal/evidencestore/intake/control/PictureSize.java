package uk.police.portal.evidencestore.intake.control;

/** The width and height a picture's header declares, before anything decodes it. */
public record PictureSize(long width, long height) {

  public long pixels() {
    return width * height;
  }
}

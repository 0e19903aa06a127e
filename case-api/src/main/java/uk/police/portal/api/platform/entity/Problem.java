package uk.police.portal.api.platform.entity;

/**
 * An error as RFC 9457 Problem Details. {@code detail} is written for the person reading it, in
 * plain English; it never carries a stack trace.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path);
  }
}

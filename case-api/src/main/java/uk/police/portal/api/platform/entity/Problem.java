package uk.police.portal.api.platform.entity;

import java.util.List;

/**
 * An error as RFC 9457 Problem Details. {@code detail} is written for the person reading it, in
 * plain English; it never carries a stack trace. {@code errors} is an extension member naming the
 * refused answers of a form; it is left out when empty.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, null);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, instance, fieldErrors.isEmpty() ? null : fieldErrors);
  }
}

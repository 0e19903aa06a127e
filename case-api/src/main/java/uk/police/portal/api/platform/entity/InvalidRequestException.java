package uk.police.portal.api.platform.entity;

import java.util.List;

/**
 * The client sent something we cannot accept; the message says what, in plain English (400). When
 * particular answers are wrong, errors names each one so a form can show the message beside it.
 */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidRequestException(String message) {
    this(message, List.of());
  }

  public InvalidRequestException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}

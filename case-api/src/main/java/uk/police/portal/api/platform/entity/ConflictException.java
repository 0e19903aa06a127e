package uk.police.portal.api.platform.entity;

/**
 * The request clashes with what is already saved (409); the message says what, in plain English.
 */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}

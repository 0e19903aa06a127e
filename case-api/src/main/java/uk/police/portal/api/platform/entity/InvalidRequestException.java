package uk.police.portal.api.platform.entity;

/** The client sent something we cannot accept; the message says what, in plain English (400). */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}

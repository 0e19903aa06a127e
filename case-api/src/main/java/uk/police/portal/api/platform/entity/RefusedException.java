package uk.police.portal.api.platform.entity;

/**
 * The caller is signed in but their role may not do this (403); the message says why in plain
 * English. Jersey's own role check keeps its generic wording, which names no role.
 */
public class RefusedException extends RuntimeException {

  public RefusedException(String message) {
    super(message);
  }
}

package uk.police.portal.ui.caseapi.control;

/** case-api could not be reached or refused the call; views show a plain message instead. */
public class CaseApiUnavailableException extends RuntimeException {

  public CaseApiUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

package uk.police.portal.ui.caseapi.entity;

/**
 * What opens one chat from the citizen's side: its id, its secret token (header {@code Chat-Token})
 * and, when the chat was started signed in, the person's current access token as an Authorization
 * value ({@code "Bearer …"}); null when anonymous.
 */
public record ChatAccess(String id, String token, String bearer) {

  @Override
  public String toString() {
    return "ChatAccess[" + id + "]"; // never the token in a log
  }
}

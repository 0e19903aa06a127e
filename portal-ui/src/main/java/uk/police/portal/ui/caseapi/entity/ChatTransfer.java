package uk.police.portal.ui.caseapi.entity;

/**
 * Moves a chat to a queue or to a named colleague (one of the two), with a note only staff read.
 * JSON-B leaves the null one out.
 */
public record ChatTransfer(String queue, String handler, String note) {

  public static ChatTransfer toQueue(String queue, String note) {
    return new ChatTransfer(queue, null, note);
  }

  public static ChatTransfer toHandler(String username, String note) {
    return new ChatTransfer(null, username, note);
  }
}

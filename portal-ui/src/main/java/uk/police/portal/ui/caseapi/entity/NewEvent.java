package uk.police.portal.ui.caseapi.entity;

/**
 * Something to add to a timeline: staff send UPDATE, NOTE, INFORMATION_REQUESTED, STATUS_CHANGED
 * (with status), KEY_EVENT (with keyEvent) or OUTCOME (with a Home Office outcome code); citizens
 * send INFORMATION_ADDED.
 */
public record NewEvent(String type, String text, String status, String keyEvent, String outcome) {

  public static NewEvent of(String type, String text) {
    return new NewEvent(type, text, null, null, null);
  }
}

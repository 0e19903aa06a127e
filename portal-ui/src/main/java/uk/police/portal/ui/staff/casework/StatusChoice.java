package uk.police.portal.ui.staff.casework;

/**
 * Where a case can stand, in staff words, with what the victim then reads. Mirrors case-api's
 * CaseStatus (a test keeps the names the same).
 */
enum StatusChoice {
  RECEIVED("Received", "Received"),
  ASSESSED("Assessed", "Assessed"),
  INVESTIGATING("Being investigated", "Being investigated"),
  WAITING_FOR_YOU("Waiting for information from the victim", "We need information from you"),
  CLOSED("Closed", "Closed");

  private final String label;
  private final String victimReads;

  StatusChoice(String label, String victimReads) {
    this.label = label;
    this.victimReads = victimReads;
  }

  String label() {
    return label;
  }

  /** For the choice list: what staff mean and what the victim sees. */
  String describe() {
    return label.equals(victimReads) ? label : label + " (the victim reads: " + victimReads + ")";
  }
}

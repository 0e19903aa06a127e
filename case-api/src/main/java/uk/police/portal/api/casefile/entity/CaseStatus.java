package uk.police.portal.api.casefile.entity;

/** Where a case stands, with the words the citizen sees. */
public enum CaseStatus {
  RECEIVED("Received", "We have your report and will look at it soon."),
  ASSESSED("Assessed", "We have looked at your report and decided what to do next."),
  INVESTIGATING("Being investigated", "An officer is investigating."),
  WAITING_FOR_YOU("We need information from you", "Please read our request and reply."),
  CLOSED("Closed", "The investigation has finished.");

  private final String label;
  private final String forVictim;

  CaseStatus(String label, String forVictim) {
    this.label = label;
    this.forVictim = forVictim;
  }

  public String label() {
    return label;
  }

  public String forVictim() {
    return forVictim;
  }
}

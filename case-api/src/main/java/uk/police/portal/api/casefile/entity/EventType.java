package uk.police.portal.api.casefile.entity;

/** The kinds of timeline entry, with the heading a person sees. */
public enum EventType {
  RECEIVED("Report received", true),
  ASSIGNED("Officer assigned", true),
  UPDATE("Update from the police", true),
  NOTE("Internal note", false),
  INFORMATION_REQUESTED("We asked you for information", true),
  INFORMATION_ADDED("You added information", true),
  STATUS_CHANGED("Status changed", true),
  KEY_EVENT("Something happened in the investigation", false),
  OUTCOME("Outcome", true);

  private final String title;
  private final boolean visibleToVictim;

  EventType(String title, boolean visibleToVictim) {
    this.title = title;
    this.visibleToVictim = visibleToVictim;
  }

  public String title() {
    return title;
  }

  /**
   * Key events (an arrest, a charge) are recorded for the clock; the victim learns of them from the
   * officer's update, told with care, not from a raw entry.
   */
  public boolean visibleToVictim() {
    return visibleToVictim;
  }
}

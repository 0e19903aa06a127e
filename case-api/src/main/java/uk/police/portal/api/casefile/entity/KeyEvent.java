package uk.police.portal.api.casefile.entity;

/**
 * Events in an investigation that the victim has a right to be told of (Victims' Code, Right 6),
 * each of which starts an update clock.
 */
public enum KeyEvent {
  SUSPECT_ARRESTED("A suspect was arrested"),
  SUSPECT_INTERVIEWED("A suspect was interviewed"),
  SUSPECT_CHARGED("A suspect was charged"),
  SUSPECT_RELEASED("A suspect was released without charge"),
  SUSPECT_BAILED("A suspect was released on bail"),
  RELEASED_UNDER_INVESTIGATION("A suspect was released while the investigation goes on"),
  NOT_TO_BE_INVESTIGATED("A decision was made not to investigate");

  private final String description;

  KeyEvent(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}

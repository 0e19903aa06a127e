package uk.police.portal.ui.staff.casework;

/**
 * Events in an investigation that the victim has a right to hear of, each starting the Victims'
 * Code clock. Mirrors case-api's KeyEvent (a test keeps the two the same).
 */
enum KeyEventChoice {
  SUSPECT_ARRESTED("A suspect was arrested"),
  SUSPECT_INTERVIEWED("A suspect was interviewed"),
  SUSPECT_CHARGED("A suspect was charged"),
  SUSPECT_RELEASED("A suspect was released without charge"),
  SUSPECT_BAILED("A suspect was released on bail"),
  RELEASED_UNDER_INVESTIGATION("A suspect was released while the investigation goes on"),
  NOT_TO_BE_INVESTIGATED("A decision was made not to investigate");

  private final String description;

  KeyEventChoice(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}

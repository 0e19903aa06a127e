package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** A supervisor changed something on the board: it reloads and confirms in words. */
class BoardChanged extends ComponentEvent<Component> {

  private final String confirmation;

  BoardChanged(Component source, String confirmation) {
    super(source, false);
    this.confirmation = confirmation;
  }

  String confirmation() {
    return confirmation;
  }
}

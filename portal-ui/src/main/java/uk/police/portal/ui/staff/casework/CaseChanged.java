package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import java.util.function.Function;
import uk.police.portal.ui.caseapi.entity.CaseDetail;

/**
 * An action changed the case: the page reloads it and confirms in words, which may depend on the
 * reloaded case (the new deadline, the new officer).
 */
class CaseChanged extends ComponentEvent<Component> {

  private final Function<CaseDetail, String> confirmation;

  CaseChanged(Component source, Function<CaseDetail, String> confirmation) {
    super(source, false);
    this.confirmation = confirmation;
  }

  String confirmation(CaseDetail reloaded) {
    return confirmation.apply(reloaded);
  }
}

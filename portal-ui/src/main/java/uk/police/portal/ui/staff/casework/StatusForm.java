package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.NewEvent;

/** Move the case on (or back); the victim sees the new status on their case page. */
class StatusForm extends ActionForm {

  final RadioButtonGroup<StatusChoice> status = new RadioButtonGroup<>("New status");
  final TextArea text = textArea("Why (optional, the victim can read it)");
  final Button change = new Button("Change the status");

  StatusForm(CaseApiClient caseApi, String reference, String currentStatus) {
    super(caseApi, reference);
    status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    status.setItems(
        Arrays.stream(StatusChoice.values())
            .filter(s -> s != StatusChoice.CLOSED && !s.name().equals(currentStatus))
            .toList());
    status.setItemLabelGenerator(StatusChoice::describe);
    status.setRequiredIndicatorVisible(true);
    status.addValueChangeListener(e -> status.setInvalid(false));
    change.addClickListener(e -> change());
    add(status, new Paragraph("To close the case, record its outcome."), text, error, change);
  }

  void change() {
    StatusChoice chosen = status.getValue();
    if (chosen == null) {
      status.setErrorMessage("Choose the new status.");
      status.setInvalid(true);
      return;
    }
    String why = text.getValue().isBlank() ? null : text.getValue();
    submit(
        () ->
            caseApi.addEvent(
                reference, new NewEvent("STATUS_CHANGED", why, chosen.name(), null, null)),
        reloaded -> "The status is now: " + chosen.label() + ".");
  }
}

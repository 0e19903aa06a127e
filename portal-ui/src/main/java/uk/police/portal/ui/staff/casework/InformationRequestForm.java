package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.NewEvent;

/** Ask the victim for something the investigation needs; they answer from their case page. */
class InformationRequestForm extends ActionForm {

  final TextArea text = textArea("What do you need from the victim?");
  final Button ask = new Button("Ask the victim");

  InformationRequestForm(CaseApiClient caseApi, String reference) {
    super(caseApi, reference);
    text.setHelperText("The victim reads this on their case page. Say why you need it.");
    ask.addClickListener(e -> ask());
    add(text, error, ask);
  }

  void ask() {
    if (!filledIn(text, "Write what you need before you ask.")) {
      return;
    }
    submit(
        () -> caseApi.addEvent(reference, NewEvent.of("INFORMATION_REQUESTED", text.getValue())),
        reloaded -> "Your request is on the victim's case page.");
  }
}

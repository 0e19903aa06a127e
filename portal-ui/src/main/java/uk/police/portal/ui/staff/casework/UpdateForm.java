package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.NewEvent;

/**
 * An update the victim reads on their case page, or an internal note they never see. Nothing is
 * chosen for the officer: a note posted to the victim by mistake cannot be taken back.
 */
class UpdateForm extends ActionForm {

  static final String TO_VICTIM = "The victim: an update on their case page";
  static final String INTERNAL = "Police only: an internal note";

  final RadioButtonGroup<String> audience = new RadioButtonGroup<>("Who will see it?");
  final TextArea text = textArea("Your update or note");
  final Button post = new Button("Post");

  UpdateForm(CaseApiClient caseApi, String reference) {
    super(caseApi, reference);
    audience.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    audience.setItems(TO_VICTIM, INTERNAL);
    audience.setRequiredIndicatorVisible(true);
    audience.addValueChangeListener(e -> audience.setInvalid(false));
    post.addClickListener(e -> post());
    add(audience, text, error, post);
  }

  void post() {
    boolean chosen = audience.getValue() != null;
    audience.setErrorMessage(chosen ? null : "Choose who will see it.");
    audience.setInvalid(!chosen);
    if (!filledIn(text, "Write the update or note before you post it.") || !chosen) {
      return;
    }
    boolean internal = INTERNAL.equals(audience.getValue());
    submit(
        () ->
            caseApi.addEvent(reference, NewEvent.of(internal ? "NOTE" : "UPDATE", text.getValue())),
        reloaded ->
            internal
                ? "Your internal note is on the case. The victim cannot see it."
                : "Your update is on the case. The victim can see it on their case page.");
  }
}

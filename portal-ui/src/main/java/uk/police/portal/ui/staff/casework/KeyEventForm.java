package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.NewEvent;
import uk.police.portal.ui.staff.CaseWords;

/**
 * Record an arrest, a charge, a release or a decision not to investigate. Each starts the Victims'
 * Code clock, so the form says how long the officer has to tell the victim.
 */
class KeyEventForm extends ActionForm {

  final Paragraph clock = new Paragraph();
  final RadioButtonGroup<KeyEventChoice> keyEvent = new RadioButtonGroup<>("What happened?");
  final TextArea text = textArea("Details (police only)");
  final Button record = new Button("Record the key event");

  KeyEventForm(CaseApiClient caseApi, String reference, String victimRights) {
    super(caseApi, reference);
    clock.setText(clockWords(victimRights));
    clock.addClassName("clock");
    keyEvent.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    keyEvent.setItems(KeyEventChoice.values());
    keyEvent.setItemLabelGenerator(KeyEventChoice::description);
    keyEvent.setRequiredIndicatorVisible(true);
    keyEvent.addValueChangeListener(e -> keyEvent.setInvalid(false));
    record.addClickListener(e -> record());
    add(clock, keyEvent, text, error, record);
  }

  static String clockWords(String victimRights) {
    int days = CaseWords.workingDays(victimRights);
    String within = days == 1 ? "1 working day" : days + " working days";
    String because = days == 1 ? ", because this victim has enhanced rights" : "";
    return "Recording one of these starts the Victims' Code clock: the victim must be told within "
        + within
        + because
        + ". Tell them with an update; this entry itself is not shown to them.";
  }

  void record() {
    KeyEventChoice chosen = keyEvent.getValue();
    if (chosen == null) {
      keyEvent.setErrorMessage("Choose what happened.");
      keyEvent.setInvalid(true);
      return;
    }
    String details = text.getValue().isBlank() ? null : text.getValue();
    submit(
        () ->
            caseApi.addEvent(
                reference, new NewEvent("KEY_EVENT", details, null, chosen.name(), null)),
        reloaded ->
            "Recorded: "
                + chosen.description().toLowerCase(java.util.Locale.UK)
                + ". "
                + (reloaded.nextUpdateBy() == null
                    ? "No update is due yet."
                    : "The victim must be told by "
                        + CaseWords.date(reloaded.nextUpdateBy())
                        + "."));
  }
}

package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.entity.NewEvent;

/**
 * Record the Home Office outcome. Each choice shows its code, its name and the words the victim
 * will read, so the officer knows what they are telling them (Victims' Code, Right 6). Radios, not
 * a select, here and in the other staff forms: every choice is in view, and vaadin-select 24.9
 * fails axe (aria-required on its button, an unnamed list box once opened).
 */
class OutcomeForm extends ActionForm {

  final RadioButtonGroup<OutcomeChoice> outcome = new RadioButtonGroup<>("Outcome");
  final Paragraph victimWillRead = new Paragraph();
  final TextArea text = textArea("Anything more to tell the victim (optional)");
  final Button record = new Button("Record the outcome");

  OutcomeForm(CaseApiClient caseApi, String reference) {
    super(caseApi, reference);
    outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    outcome.setItems(OutcomeChoice.values());
    outcome.setRenderer(new ComponentRenderer<>(OutcomeForm::choice));
    outcome.setRequiredIndicatorVisible(true);
    victimWillRead.addClassName("victim-will-read");
    victimWillRead.getElement().setAttribute("aria-live", "polite");
    outcome.addValueChangeListener(
        e -> {
          outcome.setInvalid(false);
          victimWillRead.setText(
              e.getValue() == null ? "" : "The victim will read: " + e.getValue().forVictim());
        });
    record.addClickListener(e -> record());
    add(outcome, victimWillRead, text, error, record);
  }

  private static Div choice(OutcomeChoice choice) {
    Span name = new Span(choice.label());
    name.addClassName("outcome-name");
    Div item = new Div(name, new Paragraph("The victim will read: " + choice.forVictim()));
    item.addClassName("outcome-choice");
    return item;
  }

  void record() {
    OutcomeChoice chosen = outcome.getValue();
    if (chosen == null) {
      outcome.setErrorMessage("Choose the outcome.");
      outcome.setInvalid(true);
      return;
    }
    String more = text.getValue().isBlank() ? null : text.getValue();
    submit(
        () -> caseApi.addEvent(reference, new NewEvent("OUTCOME", more, null, null, chosen.code())),
        reloaded -> "The outcome is recorded. The victim reads: " + chosen.forVictim());
  }
}

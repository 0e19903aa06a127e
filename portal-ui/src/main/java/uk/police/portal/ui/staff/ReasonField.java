package uk.police.portal.ui.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;

/**
 * Asks why a member of staff opens a case, with the usual reasons to choose from and room for their
 * own words. The answer goes to the audit log, so it is required.
 */
public class ReasonField extends Div {

  static final List<String> USUAL_REASONS =
      List.of("Victim asked for an update by phone", "Supervision", "Investigation");
  static final String OTHER = "Another reason";

  final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
  final TextField ownWords = new TextField("Say why you are opening this case");

  public ReasonField() {
    addClassName("reason-field");
    choice.setLabel("Why are you opening this case?");
    choice.setHelperText("This is recorded in the audit log with your name.");
    choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    choice.setItems(USUAL_REASONS.get(0), USUAL_REASONS.get(1), USUAL_REASONS.get(2), OTHER);
    choice.setRequiredIndicatorVisible(true);
    ownWords.setMaxLength(200);
    ownWords.setWidthFull();
    ownWords.setVisible(false);
    choice.addValueChangeListener(
        e -> {
          ownWords.setVisible(OTHER.equals(e.getValue()));
          choice.setInvalid(false);
        });
    add(choice, ownWords);
  }

  /** Shows a message on the question when there is no answer; empty then. */
  public Optional<String> reason() {
    String chosen = choice.getValue();
    if (chosen == null) {
      choice.setErrorMessage("Choose why you are opening this case.");
      choice.setInvalid(true);
      return Optional.empty();
    }
    if (!OTHER.equals(chosen)) {
      return Optional.of(chosen);
    }
    String words = ownWords.getValue().strip();
    if (words.isEmpty()) {
      ownWords.setErrorMessage("Say why you are opening this case.");
      ownWords.setInvalid(true);
      return Optional.empty();
    }
    ownWords.setInvalid(false);
    return Optional.of(words);
  }

  /** Puts back a reason given before, so nothing typed is lost. */
  public void setReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return;
    }
    if (USUAL_REASONS.contains(reason)) {
      choice.setValue(reason);
    } else {
      choice.setValue(OTHER);
      ownWords.setValue(reason);
    }
  }
}

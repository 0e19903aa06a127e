package uk.police.portal.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * Open a case by its crime reference, saying why: for a contact handler on the phone to a victim,
 * or anyone who was given a reference. The reference is read kindly (case, spaces and hyphens do
 * not matter); whether it exists is case-api's answer, given on the case page.
 */
public class FindCaseForm extends Section {

  /** The characters of a crime reference; easy to read over the phone (see case-api). */
  private static final String REFERENCE_BODY = "[34679ACDEFGHJKMNPQRTWXY]{8}";

  final TextField reference = new TextField("Crime reference");
  final ReasonField reason = new ReasonField();
  final Button open = new Button("Open the case");

  public FindCaseForm() {
    addClassName("find-case");
    reference.setHelperText("For example, PC-7KQ4-9XRT");
    reference.setMaxLength(20);
    reference.setRequiredIndicatorVisible(true);
    open.addClickListener(e -> request().ifPresent(link -> getUI().ifPresent(link::open)));
    add(new H2("Find a case by reference"), reference, reason, open);
  }

  /** Keeps what was typed, e.g. after a reference that was not found. */
  public void fill(String typedReference, String typedReason) {
    reference.setValue(typedReference == null ? "" : typedReference);
    reason.setReason(typedReason);
  }

  /** The case to open, or empty with a message on each question that needs an answer. */
  Optional<CaseLink> request() {
    Optional<String> typed = normalised(reference.getValue());
    reference.setInvalid(typed.isEmpty());
    if (typed.isEmpty()) {
      reference.setErrorMessage("Enter a crime reference like PC-7KQ4-9XRT.");
    }
    Optional<String> why = reason.reason();
    if (typed.isEmpty() || why.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CaseLink(typed.get(), why.get()));
  }

  static Optional<String> normalised(String typed) {
    String body = typed == null ? "" : typed.toUpperCase().replaceAll("[\\s-]", "");
    if (body.length() == 10 && body.startsWith("PC")) {
      body = body.substring(2);
    }
    if (!body.matches(REFERENCE_BODY)) {
      return Optional.empty();
    }
    return Optional.of("PC-" + body.substring(0, 4) + "-" + body.substring(4));
  }
}

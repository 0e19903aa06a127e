package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.CaseDetail;

/**
 * One thing staff can do to a case. When case-api says no, its plain-English reason is shown here,
 * beside the action, and what was typed stays; when it says yes, the page reloads and confirms.
 */
abstract class ActionForm extends Div {

  /** case-api takes up to this many characters in an update, note, request or message. */
  static final int TEXT_LIMIT = 10_000;

  final CaseApiClient caseApi;
  final String reference;
  final Paragraph error = new Paragraph();

  ActionForm(CaseApiClient caseApi, String reference) {
    this.caseApi = caseApi;
    this.reference = reference;
    addClassName("action-form");
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
  }

  void submit(Runnable call, Function<CaseDetail, String> confirmation) {
    error.setText("");
    try {
      call.run();
      fireEvent(new CaseChanged(this, confirmation));
    } catch (CaseApiRefusedException e) {
      error.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      error.setText(
          "We could not reach the case system, so nothing was saved. Please try again in a few"
              + " minutes.");
    }
  }

  /** A text area that must not be left empty; false (with a message on it) when it is. */
  static boolean filledIn(TextArea text, String whenEmpty) {
    boolean empty = text.getValue().isBlank();
    text.setErrorMessage(empty ? whenEmpty : null);
    text.setInvalid(empty);
    return !empty;
  }

  static TextArea textArea(String label) {
    TextArea text = new TextArea(label);
    text.setWidthFull();
    text.setMinRows(3);
    text.setMaxLength(TEXT_LIMIT);
    return text;
  }

  Registration addCaseChangedListener(ComponentEventListener<CaseChanged> listener) {
    return addListener(CaseChanged.class, listener);
  }
}

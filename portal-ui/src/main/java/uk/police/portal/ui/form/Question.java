package uk.police.portal.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * One question on a page: its label or legend, a hint, an error message when the answer is not
 * right, and the answer fields. The error message sits between the hint and the fields, and the
 * fields point at both with aria-describedby, as in the GOV.UK Design System.
 */
public abstract class Question extends Div {

  final String id;
  final Div hint = new Div();
  final Paragraph errorMessage = new Paragraph();
  private String error;

  protected Question(String id, String hintText) {
    this.id = id;
    addClassName("form-group");
    hint.addClassName("hint");
    hint.setId(id + "-hint");
    hint.setText(hintText == null ? "" : hintText);
    hint.setVisible(hintText != null);
    errorMessage.addClassName("error-message");
    errorMessage.setId(id + "-error");
    errorMessage.setVisible(false);
  }

  /** The id of the field the error summary moves focus to. */
  public String focusId() {
    return id;
  }

  public String id() {
    return id;
  }

  public void showError(String message) {
    error = message;
    addClassName("form-group--error");
    errorMessage.removeAll();
    Span prefix = new Span("Error: ");
    prefix.addClassName("visually-hidden");
    errorMessage.add(prefix, new Text(message));
    errorMessage.setVisible(true);
    describeFields();
  }

  public void clearError() {
    error = null;
    removeClassName("form-group--error");
    errorMessage.removeAll();
    errorMessage.setVisible(false);
    describeFields();
  }

  /** The message shown beside the fields, or null. */
  public String error() {
    return error;
  }

  /** The elements that take the answer; each gets aria-describedby and the error style. */
  protected abstract List<Element> fields();

  protected void describeFields() {
    List<String> ids = new ArrayList<>();
    if (hint.isVisible()) {
      ids.add(hint.getId().orElseThrow());
    }
    if (error != null) {
      ids.add(errorMessage.getId().orElseThrow());
    }
    for (Element field : fields()) {
      if (ids.isEmpty()) {
        field.removeAttribute("aria-describedby");
      } else {
        field.setAttribute("aria-describedby", String.join(" ", ids));
      }
      field.getClassList().set("input--error", error != null);
    }
  }

  /** A label that is also the page's heading: the GOV.UK pattern for one question on a page. */
  static Component headingLabel(String forId, String text) {
    HtmlContainer label = new HtmlContainer("label");
    label.getElement().setAttribute("for", forId);
    label.addClassName("label");
    label.addClassName("label--l");
    label.setText(text);
    H1 heading = new H1(label);
    heading.addClassName("label-wrapper");
    return heading;
  }

  static HtmlContainer label(String forId, String text) {
    HtmlContainer label = new HtmlContainer("label");
    label.getElement().setAttribute("for", forId);
    label.addClassName("label");
    label.setText(text);
    return label;
  }
}

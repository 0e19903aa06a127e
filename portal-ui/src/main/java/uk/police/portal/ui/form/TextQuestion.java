package uk.police.portal.ui.form;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A question answered in words: one line (name, email, phone) or a text box. */
public class TextQuestion extends Question {

  /** What kind of box the answer goes in. */
  public enum Kind {
    LINE("text"),
    EMAIL("email"),
    PHONE("tel"),
    NUMBER("text"),
    BOX(null);

    final String inputType;

    Kind(String inputType) {
      this.inputType = inputType;
    }
  }

  final AbstractField<?, String> field;
  private final String question;

  /** The label as the page's H1: the one question on a page. */
  public static TextQuestion asPageHeading(String id, String question, String hint, Kind kind) {
    return new TextQuestion(id, question, hint, kind, true);
  }

  public static TextQuestion of(String id, String question, String hint, Kind kind) {
    return new TextQuestion(id, question, hint, kind, false);
  }

  TextQuestion(String id, String question, String hintText, Kind kind, boolean pageHeading) {
    super(id, hintText);
    this.question = question;
    field = kind == Kind.BOX ? new NativeTextArea() : input(kind);
    field.setId(id);
    field.getElement().setAttribute("name", id);
    Component shown = field;
    if (kind == Kind.BOX) {
      field.getElement().setAttribute("rows", "5");
      field.getElement().getClassList().add("textarea");
    } else if (kind == Kind.NUMBER) {
      field.getElement().setAttribute("inputmode", "numeric");
      field.getElement().getClassList().add("input--width-10");
      Span pound = new Span("£");
      pound.addClassName("input__prefix");
      pound.getElement().setAttribute("aria-hidden", "true");
      Div wrapper = new Div(pound, field);
      wrapper.addClassName("input__wrapper");
      shown = wrapper;
    }
    add(pageHeading ? headingLabel(id, question) : label(id, question), hint, errorMessage, shown);
    describeFields();
  }

  private static Input input(Kind kind) {
    Input input = new Input();
    input.setType(kind.inputType);
    input.addClassName("input");
    if (kind == Kind.EMAIL) {
      input.getElement().setAttribute("autocomplete", "email");
      input.getElement().setAttribute("spellcheck", "false");
    } else if (kind == Kind.PHONE) {
      input.getElement().setAttribute("autocomplete", "tel");
    }
    return input;
  }

  /** The question as the label shows it. */
  public String label() {
    return question;
  }

  public TextQuestion rows(int rows) {
    field.getElement().setAttribute("rows", String.valueOf(rows));
    return this;
  }

  public TextQuestion autocomplete(String token) {
    field.getElement().setAttribute("autocomplete", token);
    return this;
  }

  /** What the person typed, exactly; never null. */
  public String value() {
    String value = field.getValue();
    return value == null ? "" : value;
  }

  public void setValue(String value) {
    field.setValue(value == null ? "" : value);
  }

  @Override
  protected List<Element> fields() {
    return List.of(field.getElement());
  }
}

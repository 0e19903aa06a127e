package uk.police.portal.ui.form;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** Day, month and year in three boxes, as the GOV.UK date input: easy to type on a phone. */
public class DateQuestion extends Question {

  final Input day = part("day", 2);
  final Input month = part("month", 2);
  final Input year = part("year", 4);

  /** Which part the error is about; null means the whole date. */
  private String errorPart;

  /** The question as the page's heading: the one question on a page. */
  public DateQuestion(String id, String question, String hintText) {
    this(id, question, hintText, true);
  }

  /** One of several questions on a page (or revealed by an answer): a plain legend. */
  public static DateQuestion among(String id, String question, String hintText) {
    return new DateQuestion(id, question, hintText, false);
  }

  private DateQuestion(String id, String question, String hintText, boolean heading) {
    super(id, hintText);
    HtmlContainer fieldset = new HtmlContainer("fieldset");
    fieldset.addClassName("fieldset");
    fieldset.getElement().setAttribute("role", "group");
    HtmlContainer legend = new HtmlContainer("legend");
    legend.addClassName("fieldset__legend");
    if (heading) {
      legend.addClassName("fieldset__legend--l");
      legend.add(new H1(question));
    } else {
      legend.addClassName("fieldset__legend--m");
      legend.setText(question);
    }
    Div parts = new Div(item(day, "Day"), item(month, "Month"), item(year, "Year"));
    parts.addClassName("date-input");
    fieldset.add(legend, hint, errorMessage, parts);
    add(fieldset);
    describeFields();
  }

  private Input part(String name, int width) {
    Input input = new Input();
    input.setId(idPart(name));
    input.addClassNames("input", "date-input__input", "input--width-" + width);
    input.getElement().setAttribute("name", idPart(name));
    input.getElement().setAttribute("inputmode", "numeric");
    return input;
  }

  private String idPart(String name) {
    return id + "-" + name;
  }

  private static Div item(Input input, String label) {
    HtmlContainer labelFor = label(input.getId().orElseThrow(), label);
    labelFor.addClassName("date-input__label");
    Div item = new Div(labelFor, input);
    item.addClassName("date-input__item");
    return item;
  }

  public String dayValue() {
    return day.getValue();
  }

  public String monthValue() {
    return month.getValue();
  }

  public String yearValue() {
    return year.getValue();
  }

  public void setValue(String dayValue, String monthValue, String yearValue) {
    day.setValue(dayValue);
    month.setValue(monthValue);
    year.setValue(yearValue);
  }

  /**
   * Shows the message, marking only the part it is about (day, month or year) when there is one.
   */
  public void showError(String message, String part) {
    errorPart = part;
    showError(message);
  }

  @Override
  public void clearError() {
    errorPart = null;
    super.clearError();
  }

  @Override
  public String focusId() {
    return errorPart == null ? day.getId().orElseThrow() : idPart(errorPart);
  }

  @Override
  protected List<Element> fields() {
    return List.of(day.getElement(), month.getElement(), year.getElement());
  }

  @Override
  protected void describeFields() {
    super.describeFields();
    if (error() != null && errorPart != null) {
      fields()
          .forEach(
              f ->
                  f.getClassList()
                      .set("input--error", f.getAttribute("id").endsWith("-" + errorPart)));
    }
  }
}

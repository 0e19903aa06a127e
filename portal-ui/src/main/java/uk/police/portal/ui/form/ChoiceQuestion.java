package uk.police.portal.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Radios (one answer) or checkboxes (any number) in a fieldset whose legend is the question. An
 * option may reveal more questions when it is chosen (GOV.UK "conditional reveal").
 */
public class ChoiceQuestion extends Question {

  final boolean multiple;
  final HtmlContainer fieldset = new HtmlContainer("fieldset");
  final Div items = new Div();
  final List<Option> options = new ArrayList<>();
  final HtmlContainer legend = new HtmlContainer("legend");
  private Runnable onChange = () -> {};

  /** One option: its input, and what it reveals when chosen. */
  record Option(String value, Element input, Div conditional) {
    boolean chosen() {
      return input.getProperty("checked", false);
    }
  }

  public static ChoiceQuestion radios(String id, String question, String hint, boolean heading) {
    return new ChoiceQuestion(id, question, hint, heading, false);
  }

  public static ChoiceQuestion checkboxes(
      String id, String question, String hint, boolean heading) {
    return new ChoiceQuestion(id, question, hint, heading, true);
  }

  ChoiceQuestion(String id, String question, String hintText, boolean heading, boolean multiple) {
    super(id, hintText);
    this.multiple = multiple;
    legend.addClassName("fieldset__legend");
    if (heading) {
      legend.addClassName("fieldset__legend--l");
      legend.add(new H1(question));
    } else {
      legend.addClassName("fieldset__legend--m");
      legend.setText(question);
    }
    fieldset.addClassName("fieldset");
    items.addClassName(multiple ? "checkboxes" : "radios");
    fieldset.add(legend, hint, errorMessage, items);
    add(fieldset);
    describeFields();
  }

  /** Rewords the question (not a page heading), e.g. "you" or "they" as the answers stand. */
  public void setQuestion(String question) {
    legend.setText(question);
  }

  public ChoiceQuestion option(String value, String label) {
    return option(value, label, null);
  }

  public ChoiceQuestion option(String value, String label, String hintText, Component... reveals) {
    String inputId = options.isEmpty() ? id : id + "-" + (options.size() + 1);
    String kind = multiple ? "checkboxes" : "radios";
    Element input = new Element("input");
    input.setAttribute("type", multiple ? "checkbox" : "radio");
    input.setAttribute("name", id);
    input.setAttribute("value", value);
    input.setAttribute("id", inputId);
    input.getClassList().add(kind + "__input");
    HtmlContainer labelFor = label(inputId, label);
    labelFor.addClassName(kind + "__label");
    Div item = new Div();
    item.addClassName(kind + "__item");
    item.getElement().appendChild(input);
    item.add(labelFor);
    if (hintText != null) {
      Div itemHint = new Div();
      itemHint.setText(hintText);
      itemHint.setId(inputId + "-item-hint");
      itemHint.addClassNames("hint", kind + "__hint");
      input.setAttribute("aria-describedby", inputId + "-item-hint");
      item.add(itemHint);
    }
    Div conditional = new Div(reveals);
    conditional.addClassName(kind + "__conditional");
    conditional.setId(inputId + "-conditional");
    conditional.setVisible(false);
    Option option = new Option(value, input, conditional);
    options.add(option);
    input.addPropertyChangeListener("checked", "change", event -> chosen(option));
    items.add(item);
    if (reveals.length > 0) {
      items.add(conditional);
    }
    return this;
  }

  /** A line between the options and an "or" option, as GOV.UK does for "None of these". */
  public ChoiceQuestion divider(String text) {
    Div divider = new Div();
    divider.setText(text);
    divider.addClassName(multiple ? "checkboxes__divider" : "radios__divider");
    items.add(divider);
    return this;
  }

  public ChoiceQuestion onChange(Runnable listener) {
    onChange = listener;
    return this;
  }

  private void chosen(Option option) {
    if (!multiple && option.chosen()) {
      // The browser unchecks the others without an event; keep the server's copy the same.
      options.stream().filter(o -> o != option).forEach(o -> o.input.setProperty("checked", false));
    }
    revealChosen();
    onChange.run();
  }

  private void revealChosen() {
    options.forEach(o -> o.conditional.setVisible(o.chosen()));
  }

  /** The chosen radio; for checkboxes, the first one ticked. */
  public Optional<String> selected() {
    return options.stream().filter(Option::chosen).map(Option::value).findFirst();
  }

  public Set<String> ticked() {
    Set<String> values = new LinkedHashSet<>();
    options.stream().filter(Option::chosen).forEach(o -> values.add(o.value));
    return values;
  }

  public boolean isChosen(String value) {
    return ticked().contains(value);
  }

  public void select(String value) {
    options.forEach(o -> o.input.setProperty("checked", o.value.equals(value)));
    revealChosen();
  }

  public void tick(Collection<String> values) {
    options.forEach(o -> o.input.setProperty("checked", values.contains(o.value)));
    revealChosen();
  }

  /** The element a person would pick, for a test or for the error summary. */
  public String idOf(String value) {
    return options.stream()
        .filter(o -> o.value.equals(value))
        .map(o -> o.input.getAttribute("id"))
        .findFirst()
        .orElse(id);
  }

  @Override
  protected List<Element> fields() {
    // Radios and checkboxes are described through the fieldset, as GOV.UK does.
    return List.of();
  }

  @Override
  protected void describeFields() {
    List<String> ids = new ArrayList<>();
    if (hint.isVisible()) {
      ids.add(hint.getId().orElseThrow());
    }
    if (error() != null) {
      ids.add(errorMessage.getId().orElseThrow());
    }
    if (ids.isEmpty()) {
      fieldset.getElement().removeAttribute("aria-describedby");
    } else {
      fieldset.getElement().setAttribute("aria-describedby", String.join(" ", ids));
    }
  }
}

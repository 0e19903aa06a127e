package uk.police.portal.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A GOV.UK summary list: key, answer and, when the answer can be changed, a "Change" link whose
 * hidden words say what it changes. Answers are set as text, so whatever a person typed (HTML
 * included) is shown as they typed it.
 */
public class SummaryList extends HtmlContainer {

  public SummaryList() {
    super("dl");
    addClassName("summary-list");
  }

  public SummaryList row(String key, String value) {
    return row(key, value, null);
  }

  /** A value that is more than text, such as a fingerprint or a link. */
  public SummaryList row(String key, Component value) {
    HtmlContainer dt = new HtmlContainer("dt");
    dt.addClassName("summary-list__key");
    dt.setText(key);
    HtmlContainer dd = new HtmlContainer("dd");
    dd.addClassName("summary-list__value");
    dd.add(value);
    Div row = new Div(dt, dd);
    row.addClassName("summary-list__row");
    add(row);
    return this;
  }

  /** changeHref null: no link. */
  public SummaryList row(String key, String value, String changeHref) {
    HtmlContainer dt = new HtmlContainer("dt");
    dt.addClassName("summary-list__key");
    dt.setText(key);
    HtmlContainer dd = new HtmlContainer("dd");
    dd.addClassName("summary-list__value");
    dd.setText(value == null || value.isBlank() ? "Not given" : value);
    Div row = new Div(dt, dd);
    row.addClassName("summary-list__row");
    if (changeHref != null) {
      Anchor change = new Anchor(changeHref, "Change");
      Span what = new Span(" " + key.toLowerCase(java.util.Locale.UK));
      what.addClassName("visually-hidden");
      change.add(what);
      HtmlContainer actions = new HtmlContainer("dd");
      actions.addClassName("summary-list__actions");
      actions.add(change);
      row.add(actions);
    }
    add(row);
    return this;
  }
}

package uk.police.portal.ui.form;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * "There is a problem" at the top of the page, with a link to each field that needs fixing. It
 * takes focus when it appears, so a screen reader reads it first, as in the GOV.UK pattern.
 */
public class ErrorSummary extends Div {

  final UnorderedList list = new UnorderedList();
  private final List<Problem> shown = new ArrayList<>();

  public ErrorSummary() {
    addClassName("error-summary");
    setId("error-summary");
    getElement().setAttribute("role", "alert");
    getElement().setAttribute("tabindex", "-1");
    H2 title = new H2("There is a problem");
    title.addClassName("error-summary__title");
    list.addClassName("error-summary__list");
    add(title, list);
    setVisible(false);
    // The links move focus to the field itself; Vaadin's router must not treat them as pages.
    addAttachListener(
        attach ->
            getElement()
                .executeJs(
                    "this.addEventListener('click', e => {"
                        + " const a = e.target.closest('a[data-field]'); if (!a) return;"
                        + " e.preventDefault();"
                        + " const f = document.getElementById(a.dataset.field); if (!f) return;"
                        + " f.scrollIntoView({block: 'center'}); f.focus({preventScroll: true}); })"));
  }

  public void show(List<Problem> problems) {
    list.removeAll();
    shown.clear();
    shown.addAll(problems);
    for (Problem problem : problems) {
      Anchor link = new Anchor("#" + problem.fieldId(), problem.message());
      link.setRouterIgnore(true);
      link.getElement().setAttribute("data-field", problem.fieldId());
      list.add(new ListItem(link));
    }
    setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
      getElement().executeJs("this.focus(); this.scrollIntoView()");
    }
  }

  public void clear() {
    show(List.of());
  }

  public List<Problem> problems() {
    return List.copyOf(shown);
  }
}

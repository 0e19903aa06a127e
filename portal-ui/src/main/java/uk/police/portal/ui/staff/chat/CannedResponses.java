package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.CannedResponse;

/** Ready-written replies the handler searches and puts into their reply to change and send. */
class CannedResponses extends NativeDetails {

  private final CaseApiClient caseApi;
  private final Consumer<String> insert;
  final TextField search = new TextField("Search canned responses");
  final UnorderedList results = new UnorderedList();
  final Paragraph message = new Paragraph();
  private boolean loaded;

  CannedResponses(CaseApiClient caseApi, Consumer<String> insert) {
    this.caseApi = caseApi;
    this.insert = insert;
    setSummaryText("Canned responses");
    addClassName("action");
    search.setWidthFull();
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(change -> find(change.getValue()));
    results.addClassName("canned-list");
    message.getElement().setAttribute("role", "status");
    Div content = new Div(search, message, results);
    content.addClassName("action-form");
    setContent(content);
    addToggleListener(
        toggle -> {
          if (toggle.isOpened() && !loaded) {
            find("");
          }
        });
  }

  void find(String query) {
    loaded = true;
    results.removeAll();
    try {
      List<CannedResponse> found = caseApi.cannedResponses(query == null ? "" : query.strip());
      found.forEach(canned -> results.add(item(canned)));
      message.setText(
          found.isEmpty()
              ? "No canned response matches. Try another word."
              : ChatWords.plural(found.size(), "response") + " found.");
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      message.setText("Canned responses cannot be loaded right now. You can still type a reply.");
    }
  }

  private ListItem item(CannedResponse canned) {
    Span title = new Span(canned.title());
    title.addClassName("canned-title");
    Paragraph words = new Paragraph(canned.text());
    Button use = new Button("Insert", click -> insert.accept(canned.text()));
    use.getElement().setAttribute("aria-label", "Insert " + canned.title());
    return new ListItem(title, words, use);
  }
}

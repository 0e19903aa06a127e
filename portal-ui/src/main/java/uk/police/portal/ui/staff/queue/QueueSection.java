package uk.police.portal.ui.staff.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.staff.CaseLink;
import uk.police.portal.ui.staff.CaseWords;

/**
 * One list of the work queue (mine, unassigned or all), a page at a time, in case-api's order:
 * overdue updates first. Each case opens with the reason "Work queue".
 */
class QueueSection extends Section {

  static final int PAGE_SIZE = 10;

  private final CaseApiClient caseApi;
  private final String view;
  private final String whenEmpty;

  final UnorderedList cases = new UnorderedList();
  final Paragraph message = new Paragraph();
  final Paragraph pageInfo = new Paragraph();
  final Button previous = new Button("Previous page");
  final Button next = new Button("Next page");
  int page;

  QueueSection(CaseApiClient caseApi, String heading, String view, String whenEmpty) {
    this.caseApi = caseApi;
    this.view = view;
    this.whenEmpty = whenEmpty;
    setId("queue-" + view);
    addClassName("queue");
    cases.addClassName("queue-list");
    previous.addClickListener(e -> show(page - 1));
    next.addClickListener(e -> show(page + 1));
    Div paging = new Div(pageInfo, previous, next);
    paging.addClassName("paging");
    H2 title = new H2(heading);
    title.setId("queue-" + view + "-heading");
    getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
    add(title, message, cases, paging);
  }

  void show(int wanted) {
    cases.removeAll();
    message.setText("");
    message.getElement().removeAttribute("role");
    try {
      Listing<CaseSummary> listing = caseApi.workQueue(view, wanted, PAGE_SIZE);
      page = listing.page();
      listing.items().forEach(summary -> cases.add(row(summary)));
      if (listing.items().isEmpty()) {
        message.setText(whenEmpty);
      }
      paging(listing);
    } catch (CaseApiRefusedException e) {
      failed(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      failed("We cannot load this list right now. Please try again in a few minutes.");
    }
  }

  private void paging(Listing<CaseSummary> listing) {
    long pages = Math.max(1, (listing.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    String count = listing.total() == 1 ? "1 case" : listing.total() + " cases";
    if (listing.total() == 0) {
      pageInfo.setText("");
    } else if (pages == 1) {
      pageInfo.setText(count);
    } else {
      pageInfo.setText("Page " + (page + 1) + " of " + pages + " (" + count + ")");
    }
    previous.setVisible(page > 0);
    next.setVisible(page + 1 < pages);
  }

  private void failed(String why) {
    message.setText(why);
    message.getElement().setAttribute("role", "alert");
    pageInfo.setText("");
    previous.setVisible(false);
    next.setVisible(false);
  }

  static ListItem row(CaseSummary summary) {
    Anchor open =
        new Anchor(
            new CaseLink(summary.reference(), CaseLink.WORK_QUEUE).href(), summary.reference());
    open.addClassName("case-reference");
    Span due = new Span(CaseWords.updateTag(summary.nextUpdateBy(), summary.updateStatus()));
    due.addClassNames(
        "due-tag", CaseWords.updateTagClass(summary.nextUpdateBy(), summary.updateStatus()));
    ListItem row =
        new ListItem(
            open,
            due,
            new Paragraph(summary.categoryName() + ". " + summary.statusText() + "."),
            new Paragraph("Reported " + CaseWords.dateTime(summary.reportedAt()) + "."),
            new Paragraph(
                summary.officerName() == null
                    ? "No officer yet."
                    : "Officer: " + summary.officerName() + "."));
    row.addClassName("queue-row");
    return row;
  }
}

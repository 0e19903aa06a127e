package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.function.IntFunction;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.staff.CaseWords;

/**
 * Everything that happened in the case, newest first, internal notes and key events included and
 * marked as such (case-api shows those to investigators and supervisors only). Longer timelines
 * come a page at a time.
 */
class TimelinePanel extends Section {

  static final int PAGE_SIZE = 50;

  private final IntFunction<Listing<TimelineEntry>> pages;
  final OrderedList entries = new OrderedList();
  final Button more = new Button("Show more of the timeline");
  final Paragraph problem = new Paragraph();
  private int loaded;

  TimelinePanel(IntFunction<Listing<TimelineEntry>> pages, Listing<TimelineEntry> first) {
    this.pages = pages;
    setId("timeline");
    entries.addClassName("timeline");
    more.addClickListener(e -> showMore());
    problem.getElement().setAttribute("role", "alert");
    add(new H2("Timeline"), new Paragraph("Newest first."), entries, problem, more);
    append(first);
  }

  private void showMore() {
    try {
      append(pages.apply(loaded));
      problem.setText("");
    } catch (CaseApiRefusedException | CaseApiUnavailableException e) {
      problem.setText("We cannot load more of the timeline right now. Please try again.");
    }
  }

  private void append(Listing<TimelineEntry> listing) {
    listing.items().forEach(entry -> entries.add(entry(entry)));
    loaded = listing.page() + 1;
    more.setVisible((long) loaded * listing.size() < listing.total());
  }

  static ListItem entry(TimelineEntry entry) {
    ListItem item = new ListItem(new H3(entry.title()));
    item.addClassName("timeline-entry");
    item.add(
        new Paragraph(
            CaseWords.dateTime(entry.at())
                + (entry.author() == null ? "" : ", by " + entry.author())));
    if (entry.text() != null && !entry.text().isBlank()) {
      Paragraph text = new Paragraph(entry.text());
      text.addClassName("text");
      item.add(text);
    }
    if (!entry.visibleToVictim()) {
      item.addClassName("internal");
      Paragraph hidden =
          new Paragraph(
              "NOTE".equals(entry.type())
                  ? "Internal note: not shown to the victim"
                  : "Not shown to the victim");
      hidden.addClassName("internal-marker");
      item.add(hidden);
    }
    return item;
  }
}

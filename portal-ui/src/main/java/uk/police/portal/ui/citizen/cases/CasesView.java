package uk.police.portal.ui.citizen.cases;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.CaseSummary;
import uk.police.portal.ui.caseapi.entity.Listing;
import uk.police.portal.ui.form.Dates;
import uk.police.portal.ui.form.SummaryList;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** "Your cases": the citizen's reports, newest first, 20 to a page. */
@Dependent
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Your cases - Report a crime - Police")
@RolesAllowed(PortalRole.CITIZEN)
public class CasesView extends Div implements BeforeEnterObserver {

  static final int PAGE_SIZE = 20;

  @Inject CaseApiClient caseApi;

  final UnorderedList cases = new UnorderedList();

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<String> asked =
        event.getLocation().getQueryParameters().getParameters().getOrDefault("page", List.of());
    load(asked.isEmpty() ? 1 : pageNumber(asked.get(0)));
  }

  static int pageNumber(String typed) {
    try {
      return Math.max(1, Integer.parseInt(typed));
    } catch (NumberFormatException notANumber) {
      return 1;
    }
  }

  void load(int page) {
    removeAll();
    add(new H1("Your cases"));
    try {
      show(caseApi.myCases(page - 1, PAGE_SIZE), page);
    } catch (CaseApiUnavailableException | CaseApiRefusedException e) {
      Paragraph sorry =
          new Paragraph("Sorry, we cannot show your cases right now. Try again in a few minutes.");
      sorry.getElement().setAttribute("role", "alert");
      add(sorry);
    }
  }

  void show(Listing<CaseSummary> listing, int page) {
    if (listing.total() == 0) {
      add(
          new Paragraph("You have not reported anything yet."),
          new Anchor("/report", "Report a crime"));
      return;
    }
    cases.removeAll();
    cases.addClassName("case-list");
    cases.setId("cases");
    listing.items().forEach(summary -> cases.add(item(summary)));
    add(cases);
    int pages = (int) ((listing.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (pages > 1) {
      add(pagination(page, pages));
    }
  }

  private static ListItem item(CaseSummary summary) {
    Anchor link = new Anchor("/cases/" + summary.reference(), summary.categoryName());
    Span reference = new Span(", " + summary.reference());
    reference.addClassName("visually-hidden");
    link.add(reference);
    H2 heading = new H2(link);
    heading.addClassName("heading-m");
    SummaryList details =
        new SummaryList()
            .row("Reference", summary.reference())
            .row("Status", summary.statusText())
            .row("Reported", Dates.day(summary.reportedAt()));
    if (summary.nextUpdateBy() != null) {
      details.row("Next update by", Dates.day(summary.nextUpdateBy()));
    }
    ListItem item = new ListItem(heading, details);
    item.addClassName("case-list__item");
    return item;
  }

  private static Nav pagination(int page, int pages) {
    Nav nav = new Nav();
    nav.addClassName("pagination");
    nav.getElement().setAttribute("aria-label", "Pages of your cases");
    if (page > 1) {
      nav.add(new Anchor("/cases?page=" + (page - 1), "Previous page"));
    }
    nav.add(new Span("Page " + page + " of " + pages));
    if (page < pages) {
      nav.add(new Anchor("/cases?page=" + (page + 1), "Next page"));
    }
    return nav;
  }
}

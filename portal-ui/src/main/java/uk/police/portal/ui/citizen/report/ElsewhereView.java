package uk.police.portal.ui.citizen.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** A matter someone else deals with: who, and how to reach them. No report is made. */
@Dependent
@Route(value = "report/elsewhere/:category", layout = MainLayout.class)
@RolesAllowed(PortalRole.CITIZEN)
public class ElsewhereView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private String title = "We cannot take this report online";

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(event.getRouteParameters().get("category").flatMap(Category::ofSlug).orElse(null));
  }

  void show(Category category) {
    removeAll();
    add(Buttons.backLink("/" + Step.TYPE_OF_CRIME.path()));
    Elsewhere elsewhere = category == null ? null : category.elsewhere().orElse(null);
    if (elsewhere == null) {
      add(
          new H1(title),
          new Anchor("/" + Step.TYPE_OF_CRIME.path(), "Choose what you want to report"));
      return;
    }
    title = elsewhere.heading();
    add(new H1(elsewhere.heading()));
    elsewhere.paragraphs().forEach(text -> add(new Paragraph(text)));
    if (elsewhere.url() != null) {
      Anchor link = new Anchor(elsewhere.url(), elsewhere.linkText());
      link.setId("partner-link");
      add(new Paragraph(link));
    }
    Paragraph noReport = new Paragraph("We have not made a police report of this.");
    noReport.addClassName("inset-text");
    add(noReport, new Paragraph("If you or someone else is in danger now, call 999."));
  }

  @Override
  public String getPageTitle() {
    return title + " - Report a crime - Police";
  }
}

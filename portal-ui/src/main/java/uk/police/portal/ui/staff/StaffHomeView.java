package uk.police.portal.ui.staff;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.layout.MainLayout;
import uk.police.portal.ui.security.control.PortalRole;

/** The staff start page; citizens are refused. */
@Dependent
@Route(value = "staff", layout = MainLayout.class)
@PageTitle("Staff - Report and track a crime")
@RolesAllowed({
  PortalRole.CONTACT_HANDLER,
  PortalRole.INVESTIGATOR,
  PortalRole.SUPERVISOR,
  PortalRole.ADMIN
})
public class StaffHomeView extends Div {

  public StaffHomeView() {
    add(
        new H1("Staff"),
        new Paragraph("Chats, cases and queues will appear here as they are built."));
  }
}

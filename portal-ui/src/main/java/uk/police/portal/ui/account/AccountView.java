package uk.police.portal.ui.account;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.layout.MainLayout;

/** Any signed-in person: their name and roles, as case-api returned them. */
@Dependent
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your account - Report and track a crime")
@PermitAll
public class AccountView extends Div {

  @Inject CaseApiClient caseApi;

  final H1 heading = new H1("Your account");
  final Paragraph greeting = new Paragraph();
  final UnorderedList roles = new UnorderedList();

  @PostConstruct
  void load() {
    greeting.setId("greeting");
    roles.setId("roles");
    add(heading, greeting);
    try {
      show(caseApi.me());
    } catch (CaseApiUnavailableException e) {
      greeting.setText("We cannot load your details right now. Please try again in a few minutes.");
      greeting.getElement().setAttribute("role", "alert");
    }
  }

  void show(Me me) {
    greeting.setText("You are signed in as " + me.name() + ".");
    me.roles().forEach(role -> roles.add(new ListItem(RoleNames.describe(role))));
    add(new Paragraph("What you can do here:"), roles);
  }
}

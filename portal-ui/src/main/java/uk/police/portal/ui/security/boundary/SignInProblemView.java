package uk.police.portal.ui.security.boundary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.layout.MainLayout;

/** Where {@link CallbackServlet} sends people when Keycloak reports a problem with sign-in. */
@Dependent
@Route(value = "signin-problem", layout = MainLayout.class)
@PageTitle("There was a problem signing you in - Report and track a crime")
@AnonymousAllowed
public class SignInProblemView extends Div {

  public SignInProblemView() {
    Anchor again = new Anchor("/signin", "Sign in again");
    again.setRouterIgnore(true);
    add(
        new H1("There was a problem signing you in"),
        new Paragraph("Please try again in a few minutes. Nothing you saved has been lost."),
        new Paragraph("You can also call 101 to report a crime that is not an emergency."),
        again);
  }
}

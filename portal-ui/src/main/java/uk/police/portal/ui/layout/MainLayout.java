package uk.police.portal.ui.layout;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.police.portal.ui.account.AccountView;
import uk.police.portal.ui.chat.ChatView;
import uk.police.portal.ui.chat.QuickExit;
import uk.police.portal.ui.citizen.cases.CasesView;
import uk.police.portal.ui.citizen.report.ReportStartView;
import uk.police.portal.ui.security.control.PortalRole;
import uk.police.portal.ui.staff.chat.ChatBoardView;
import uk.police.portal.ui.staff.chat.HandlerConsoleView;
import uk.police.portal.ui.staff.queue.WorkQueueView;
import uk.police.portal.ui.start.StartView;

/**
 * A plain, single-column frame that reads well on a 360 px phone: a skip link, the quick exit (for
 * everyone but staff), the service name, a short navigation, the page, and a footer with the
 * emergency number.
 */
@AnonymousAllowed
@StyleSheet("context://styles/portal.css")
@StyleSheet("context://styles/forms.css")
public class MainLayout extends Div implements RouterLayout {

  final Main content = new Main();

  public MainLayout() {
    addClassName("portal");
    content.setId("main-content");
    if (!staff()) {
      add(skipLink(), new QuickExit(), header(), content, footer());
    } else {
      add(skipLink(), header(), content, footer());
    }
  }

  private static Anchor skipLink() {
    Anchor skip = new Anchor("#main-content", "Skip to main content");
    skip.addClassName("skip-link");
    return skip;
  }

  private Header header() {
    RouterLink service = new RouterLink("Report and track a crime", StartView.class);
    service.addClassName("service-name");
    Nav nav = new Nav();
    nav.getElement().setAttribute("aria-label", "Main");
    nav.add(new RouterLink("Home", StartView.class));
    if (!staff()) {
      RouterLink chat = new RouterLink("Start a chat", ChatView.class);
      chat.setId("nav-chat");
      nav.add(chat);
    }
    if (signedIn()) {
      if (citizen()) {
        nav.add(
            new RouterLink("Report a crime", ReportStartView.class),
            new RouterLink("Your cases", CasesView.class));
      }
      if (staff()) {
        nav.add(new RouterLink("Staff cases", WorkQueueView.class));
      }
      if (inRole(PortalRole.CONTACT_HANDLER)) {
        nav.add(new RouterLink("Your chats", HandlerConsoleView.class));
      }
      if (inRole(PortalRole.SUPERVISOR)) {
        nav.add(new RouterLink("Chat board", ChatBoardView.class));
      }
      nav.add(new RouterLink("Your account", AccountView.class), signOut());
    } else {
      Anchor signIn = new Anchor("/signin", "Sign in");
      signIn.setRouterIgnore(true); // a servlet, not a view: load it, do not route to it
      nav.add(signIn);
    }
    Header header = new Header(service, nav);
    header.addClassName("portal-header");
    return header;
  }

  /** A real form, so signing out is a POST and works without JavaScript. */
  private static Html signOut() {
    return new Html(
        "<form method=\"post\" action=\"/signout\" class=\"signout\">"
            + "<button type=\"submit\">Sign out</button></form>");
  }

  private static Footer footer() {
    Paragraph emergency =
        new Paragraph(
            "In an emergency call 999. If you are deaf or cannot speak, use Relay UK on 18000"
                + " or text 999 if you have registered.");
    Footer footer = new Footer(emergency);
    footer.addClassName("portal-footer");
    return footer;
  }

  private static boolean signedIn() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null && request.getUserPrincipal() != null;
  }

  private static boolean inRole(String role) {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null && request.isUserInRole(role);
  }

  private static boolean citizen() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null && request.isUserInRole(PortalRole.CITIZEN);
  }

  private static boolean staff() {
    VaadinRequest request = VaadinRequest.getCurrent();
    return request != null
        && (request.isUserInRole(PortalRole.CONTACT_HANDLER)
            || request.isUserInRole(PortalRole.INVESTIGATOR)
            || request.isUserInRole(PortalRole.SUPERVISOR)
            || request.isUserInRole(PortalRole.ADMIN));
  }

  @Override
  public void showRouterLayoutContent(com.vaadin.flow.component.HasElement view) {
    content.removeAll();
    content.getElement().appendChild(view.getElement());
  }
}

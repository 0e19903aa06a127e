package uk.police.portal.ui.start;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import uk.police.portal.ui.layout.MainLayout;

/** The start page, open to everyone: emergencies first, then what you can do here. */
@Dependent
@Route(value = "", layout = MainLayout.class)
@PageTitle("Report and track a crime - Police")
@AnonymousAllowed
public class StartView extends Div {

  final Anchor start = new Anchor("/report", "Start now");

  public StartView() {
    start.addClassName("start-button");
    start.setRouterIgnore(true);
    start.getElement().setAttribute("role", "button");
    add(
        new H1("Report a crime and follow your case"),
        emergency(),
        new Paragraph("Use this service to:"),
        new UnorderedList(
            new ListItem("report a crime that is not an emergency"),
            new ListItem("talk to us online in a live chat"),
            new ListItem("send us photos, videos and documents"),
            new ListItem("see what is happening with your case")),
        new Paragraph("You need to sign in or create an account. It takes about 2 minutes."),
        start,
        new H2("Other ways to contact us"),
        new Paragraph("Call 101 for non-emergencies."));
  }

  private static Div emergency() {
    Div warning = new Div();
    warning.addClassName("warning");
    warning.getElement().setAttribute("role", "note");
    warning.add(
        new Paragraph(
            "If you are in danger now, or a crime is happening now, call 999. Do not use this"
                + " service."));
    return warning;
  }
}

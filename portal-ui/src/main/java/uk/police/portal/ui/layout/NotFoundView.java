package uk.police.portal.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;

/** A mistyped or old address: say so plainly, never show the router's technical message. */
@Dependent
@PageTitle("Page not found - Report and track a crime")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> error) {
    removeAll();
    add(
        new H1("Page not found"),
        new Paragraph("If you typed the web address, check it is correct."),
        new Anchor("/", "Go to the start page"));
    return HttpServletResponse.SC_NOT_FOUND;
  }
}

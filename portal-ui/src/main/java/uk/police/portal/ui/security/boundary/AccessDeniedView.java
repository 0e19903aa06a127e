package uk.police.portal.ui.security.boundary;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpServletResponse;
import uk.police.portal.ui.layout.MainLayout;

/** Shown when a signed-in person opens a page their role does not allow. */
@Dependent
@PageTitle("You cannot see this page - Report and track a crime")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    removeAll();
    add(
        new H1("You cannot see this page"),
        new Paragraph("Your account does not give you access to it."),
        new Anchor("/", "Go to the start page"));
    return HttpServletResponse.SC_FORBIDDEN;
  }
}

package uk.police.portal.ui.security.boundary;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every navigation, in-app or by full page load, is checked against the view's
 * {@code @AnonymousAllowed}/{@code @PermitAll}/{@code @RolesAllowed}; a view without one is closed
 * to all. Someone not signed in is sent to sign in; someone signed in without the role is refused.
 */
@ApplicationScoped
public class ViewAccess {

  void register(@Observes ServiceInitEvent event) {
    // The default checker is the annotation-based one.
    NavigationAccessControl control = new NavigationAccessControl();
    control.setLoginView("/signin");
    event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(control));
    event.addIndexHtmlRequestListener(
        page -> page.getDocument().selectFirst("html").attr("lang", "en"));
  }
}

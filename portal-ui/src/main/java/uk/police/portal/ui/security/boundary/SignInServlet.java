package uk.police.portal.ui.security.boundary;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import uk.police.portal.ui.security.control.SafeRedirect;

/**
 * Starts sign-in: remembers where the person was going, then lets the OpenID Connect mechanism send
 * them to Keycloak. Someone already signed in goes straight on.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

  static final String NEXT = "portal.signin.next";
  private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String next = next(request);
    if (request.getUserPrincipal() != null) {
      response.sendRedirect(request.getContextPath() + next);
      return;
    }
    request.getSession(true).setAttribute(NEXT, next);
    boolean failed;
    try {
      // Redirects to Keycloak; when Keycloak does not answer, the container logs the error and
      // leaves a bare 500, or throws.
      failed = !request.authenticate(response) && response.getStatus() >= 500;
    } catch (RuntimeException | ServletException e) {
      LOG.warning(() -> "Sign-in could not start: " + e);
      failed = true;
    }
    if (failed && !response.isCommitted()) {
      // Say so plainly instead of an empty error page.
      response.reset();
      response.sendRedirect(request.getContextPath() + "/signin-problem");
    }
  }

  private static String next(HttpServletRequest request) {
    String asked = request.getParameter("next");
    if (asked != null) {
      return SafeRedirect.target(asked);
    }
    HttpSession session = request.getSession(false);
    Object stored =
        session == null
            ? null
            : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    return stored == null ? SafeRedirect.DEFAULT : SafeRedirect.target("/" + stored);
  }
}

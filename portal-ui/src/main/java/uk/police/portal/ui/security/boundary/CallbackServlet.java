package uk.police.portal.ui.security.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import uk.police.portal.ui.security.control.SafeRedirect;

/**
 * Keycloak sends people back here. The mechanism has already checked the code and signed them in;
 * this sends them on to where they were going, or explains what Keycloak said went wrong.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("error") != null || request.getUserPrincipal() == null) {
      response.sendRedirect(request.getContextPath() + "/signin-problem");
      return;
    }
    HttpSession session = request.getSession();
    Object next = session.getAttribute(SignInServlet.NEXT);
    session.removeAttribute(SignInServlet.NEXT);
    String target = SafeRedirect.target(next == null ? null : next.toString());
    response.sendRedirect(request.getContextPath() + target);
  }
}

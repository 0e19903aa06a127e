package uk.police.portal.ui.security.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out here and at Keycloak (the mechanism notifies the provider, which sends the person back
 * to the start page). POST only, so a link on another site cannot sign someone out.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    if (!response.isCommitted()) {
      response.sendRedirect(request.getContextPath() + "/");
    }
  }
}

package uk.police.portal.api.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.police.portal.api.platform.control.Problems;
import uk.police.portal.api.platform.entity.Problem;

/**
 * The container answers a missing or bad token (before JAX-RS runs) with an HTML page and no
 * WWW-Authenticate header; web.xml sends those errors here so they become Problem Details too.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer given ? given : 404;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Problem problem = Problems.of(status).at(uri == null ? null : uri.toString());
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    if (status == 401) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"portal\"");
    }
    response.getWriter().write(JSON.toJson(problem));
  }
}

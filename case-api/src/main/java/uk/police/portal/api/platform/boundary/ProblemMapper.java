package uk.police.portal.api.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.police.portal.api.platform.control.DependencyUnavailableException;
import uk.police.portal.api.platform.control.Problems;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.Problem;
import uk.police.portal.api.platform.entity.RefusedException;

/** The one place where errors become Problem Details; no stack trace ever reaches a client. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context UriInfo uri;
  @Context SecurityContext security;

  @Override
  public Response toResponse(Throwable error) {
    Problem problem = problemFor(error).at(uri == null ? null : "/api/" + uri.getPath());
    Response.ResponseBuilder response =
        Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (problem.status() == 401) {
      response.header("WWW-Authenticate", "Bearer realm=\"portal\"");
    }
    if (problem.status() == 503) {
      response.header("Retry-After", "30");
    }
    return response.build();
  }

  private Problem problemFor(Throwable error) {
    if (error instanceof WebApplicationException web) {
      return fromWebApplication(web);
    }
    if (error instanceof InvalidRequestException invalid) {
      return Problem.of(400, Problems.title(400), invalid.getMessage())
          .withErrors(invalid.errors());
    }
    if (error instanceof RefusedException refused) {
      return Problem.of(403, Problems.title(403), refused.getMessage());
    }
    if (error instanceof ConflictException conflict) {
      return Problem.of(409, Problems.title(409), conflict.getMessage());
    }
    if (error instanceof ConstraintViolationException invalid) {
      return Problem.of(400, Problems.title(400), violations(invalid));
    }
    if (error instanceof JsonbException || error instanceof ProcessingException) {
      return Problem.of(400, Problems.title(400), "The request body is not valid JSON.");
    }
    if (error instanceof DependencyUnavailableException missing) {
      LOG.warning(() -> missing.dependency() + " unavailable: " + missing.getMessage());
      return Problem.of(503, Problems.title(503), missing.getMessage());
    }
    if (isDatabaseDown(error)) {
      LOG.log(Level.WARNING, "Database unavailable", error);
      return Problem.of(
          503, Problems.title(503), "The database is not answering. " + Problems.detail(503));
    }
    return unexpected(error);
  }

  private Problem fromWebApplication(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    // Jersey's role check answers 403 even when no token came at all: that is "sign in", not "no".
    if (web instanceof NotAuthorizedException || (status == 403 && anonymous())) {
      return Problems.of(401);
    }
    if (status == 403) {
      return Problems.of(403);
    }
    if (status >= 500) {
      return unexpected(web);
    }
    String message = web.getMessage();
    // Jersey's own messages ("HTTP 404 Not Found") say nothing useful to a person.
    boolean ours = message != null && !message.startsWith("HTTP ");
    return Problem.of(status, Problems.title(status), ours ? message : Problems.detail(status));
  }

  private boolean anonymous() {
    return security == null || security.getUserPrincipal() == null;
  }

  private static String violations(ConstraintViolationException invalid) {
    return invalid.getConstraintViolations().stream()
        .map(ConstraintViolation::getMessage)
        .sorted()
        .collect(Collectors.joining(" "));
  }

  /** SQLSTATE class 08 is "connection exception" on every database we run on. */
  private static boolean isDatabaseDown(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  private static Problem unexpected(Throwable error) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
    return Problem.of(
        500, Problems.title(500), Problems.detail(500) + " Quote reference " + reference + ".");
  }
}

package uk.police.portal.api.health.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.stream.Stream;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Health at {@code /api/health}: Payara's own {@code /health} sits at the server root, which the
 * portal UI owns, so the API answers for itself with the same checks and the same JSON.
 */
@Path("health")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject @Any Instance<HealthCheck> checks;

  @GET
  @Operation(summary = "Liveness and readiness together; 503 when any check is down")
  public Response all() {
    return answer(Stream.concat(run(Liveness.Literal.INSTANCE), run(Readiness.Literal.INSTANCE)));
  }

  @GET
  @Path("live")
  @Operation(summary = "Liveness: the server serves requests")
  public Response live() {
    return answer(run(Liveness.Literal.INSTANCE));
  }

  @GET
  @Path("ready")
  @Operation(summary = "Readiness: the database, the object store and Keycloak answer")
  public Response ready() {
    return answer(run(Readiness.Literal.INSTANCE));
  }

  private Stream<org.eclipse.microprofile.health.HealthCheckResponse> run(Annotation kind) {
    return checks.select(kind).stream().map(HealthCheck::call);
  }

  private static Response answer(
      Stream<org.eclipse.microprofile.health.HealthCheckResponse> responses) {
    HealthReport report = HealthReport.of(responses.toList());
    return Response.status(report.isUp() ? 200 : 503).entity(report).build();
  }
}

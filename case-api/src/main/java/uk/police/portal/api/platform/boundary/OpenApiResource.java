package uk.police.portal.api.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.police.portal.api.platform.control.DependencyUnavailableException;

/**
 * The OpenAPI document at {@code /api/openapi}. Payara's MicroProfile OpenAPI publishes it at the
 * server root, which the portal UI owns; this hands the same document out under the API's path.
 */
@Path("openapi")
@RequestScoped
@PermitAll
public class OpenApiResource {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "This API's OpenAPI document (YAML by default, JSON on Accept)")
  public Response document(@HeaderParam("Accept") String accept) {
    URI own = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi");
    HttpRequest.Builder fetch = HttpRequest.newBuilder(own).timeout(Duration.ofSeconds(20));
    if (accept != null && accept.contains("json")) {
      fetch.header("Accept", "application/json");
    }
    try {
      HttpResponse<String> document =
          HTTP.send(fetch.build(), HttpResponse.BodyHandlers.ofString());
      if (document.statusCode() != 200) {
        throw new DependencyUnavailableException(
            "openapi", "The API description is not available right now.");
      }
      String type = document.headers().firstValue("Content-Type").orElse("text/plain");
      return Response.ok(document.body(), type).build();
    } catch (IOException e) {
      throw new DependencyUnavailableException(
          "openapi", "The API description is not available right now.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DependencyUnavailableException("openapi", "Interrupted.", e);
    }
  }
}

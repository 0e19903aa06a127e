package uk.police.portal.api.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Keycloak's signing keys must be reachable, or no token can be checked. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(IdentityProviderReadiness.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  String keysUrl;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (answers()) {
      LOG.info(() -> "Keycloak answers at " + keysUrl);
    } else {
      LOG.severe(
          () ->
              "Keycloak not reachable at "
                  + keysUrl
                  + ": no token can be checked until it"
                  + " answers. Readiness is DOWN meanwhile.");
    }
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("identity-provider")
        .status(answers())
        .withData("url", keysUrl)
        .build();
  }

  public boolean answers() {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(keysUrl)).timeout(TIMEOUT).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

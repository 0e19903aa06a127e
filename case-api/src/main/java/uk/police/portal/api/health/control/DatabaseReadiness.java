package uk.police.portal.api.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.police.portal.api.platform.control.PortalDatabase;

@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject PortalDatabase database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database")
        .status(database.isReady())
        .withData("url", database.url())
        .build();
  }
}

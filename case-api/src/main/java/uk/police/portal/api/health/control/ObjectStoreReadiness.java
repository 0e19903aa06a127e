package uk.police.portal.api.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import uk.police.portal.api.evidence.control.EvidenceStorage;

@Readiness
@ApplicationScoped
public class ObjectStoreReadiness implements HealthCheck {

  @Inject EvidenceStorage storage;

  @Override
  public HealthCheckResponse call() {
    boolean up = storage.answers();
    return HealthCheckResponse.named("object-store")
        .status(up)
        .withData("endpoint", storage.endpoint())
        .build();
  }
}

package uk.police.portal.api.health.boundary;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The MicroProfile Health JSON shape: an overall status and one entry per check. */
public record HealthReport(String status, List<Check> checks) {

  public record Check(String name, String status, Map<String, Object> data) {}

  static HealthReport of(List<HealthCheckResponse> responses) {
    List<Check> checks =
        responses.stream()
            .map(r -> new Check(r.getName(), r.getStatus().name(), r.getData().orElse(Map.of())))
            .toList();
    boolean up = checks.stream().allMatch(c -> "UP".equals(c.status()));
    return new HealthReport(up ? "UP" : "DOWN", checks);
  }

  boolean isUp() {
    return "UP".equals(status);
  }
}

package uk.police.portal.api.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import uk.police.portal.api.platform.entity.Role;

/**
 * The API at {@code /api}. Must be a CDI bean carrying {@code @LoginConfig}, or Payara fails the
 * deployment with "JsonWebToken unsatisfied".
 */
@ApplicationScoped
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.CITIZEN, Role.CONTACT_HANDLER, Role.INVESTIGATOR, Role.SUPERVISOR, Role.ADMIN})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Citizen contact and case-tracking API",
            version = "0.1",
            description =
                "The system of record: cases, reports, evidence, chats and the audit log."))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class CaseApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // Enforces @RolesAllowed on resource methods; without it Jersey ignores the annotations.
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}

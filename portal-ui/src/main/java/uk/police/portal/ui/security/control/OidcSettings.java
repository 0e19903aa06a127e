package uk.police.portal.ui.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak settings for the OpenID Connect annotation, read through EL from MicroProfile Config
 * ({@code PORTAL_OIDC_ISSUER}, {@code PORTAL_UI_CLIENT_SECRET}, {@code PORTAL_UI_URL}).
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "portal.oidc.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "portal.ui.client-id", defaultValue = "portal-ui")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.ui.client-secret")
  String clientSecret;

  @Inject
  @ConfigProperty(name = "portal.ui.url")
  String uiUrl;

  public String getIssuer() {
    return issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getRedirectUri() {
    return base() + "/callback";
  }

  public String getPostLogoutUri() {
    return base() + "/";
  }

  private String base() {
    return uiUrl.endsWith("/") ? uiUrl.substring(0, uiUrl.length() - 1) : uiUrl;
  }
}

package uk.police.portal.ui.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import uk.police.portal.ui.security.control.PortalRole;

/**
 * Sign-in with Keycloak by the authorization code flow. {@code redirectToOriginalResource} stays
 * false: with Vaadin it fails after login, so {@link CallbackServlet} sends people on instead. No
 * PKCE: Payara's OIDC client cannot send it, so the client is confidential with a secret.
 */
@ApplicationScoped
@DeclareRoles({
  PortalRole.CITIZEN,
  PortalRole.CONTACT_HANDLER,
  PortalRole.INVESTIGATOR,
  PortalRole.SUPERVISOR,
  PortalRole.ADMIN
})
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${oidc.issuer}",
    clientId = "${oidc.clientId}",
    clientSecret = "${oidc.clientSecret}",
    redirectURI = "${oidc.redirectUri}",
    redirectToOriginalResource = false,
    scope = {"openid", "profile", "email"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout =
        @LogoutDefinition(
            notifyProvider = true,
            redirectURI = "${oidc.postLogoutUri}",
            accessTokenExpiry = false,
            identityTokenExpiry = false),
    tokenAutoRefreshExpression = "${true}")
public class PortalSecurity {}

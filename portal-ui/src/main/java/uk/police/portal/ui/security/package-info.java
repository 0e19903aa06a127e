/** Signing in and out with Keycloak (OpenID Connect), and who may open which view. */
package uk.police.portal.ui.security;

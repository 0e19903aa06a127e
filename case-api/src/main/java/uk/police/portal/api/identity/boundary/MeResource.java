package uk.police.portal.api.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.identity.entity.Caller;
import uk.police.portal.api.platform.entity.Role;

/** Who am I: every signed-in role may ask. */
@Path("me")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class MeResource {

  @Inject JsonWebToken token;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.CITIZEN,
    Role.CONTACT_HANDLER,
    Role.INVESTIGATOR,
    Role.SUPERVISOR,
    Role.ADMIN
  })
  @Operation(summary = "The signed-in person: subject, user name, display name and roles")
  public Caller me() {
    return Caller.of(
        token.getSubject(),
        token.getClaim(Claims.preferred_username.name()),
        token.getClaim("name"),
        token.getGroups());
  }
}

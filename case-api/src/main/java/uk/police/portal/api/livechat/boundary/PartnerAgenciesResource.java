package uk.police.portal.api.livechat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.platform.entity.Role;
import uk.police.portal.chatbot.livechat.control.PartnerAgencies;
import uk.police.portal.chatbot.livechat.entity.PartnerAgency;

/** The partner agencies a handler can refer a citizen to (the triage referrals). */
@Path("chat/referrals")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_HANDLER, Role.SUPERVISOR})
public class PartnerAgenciesResource {

  @GET
  @Operation(summary = "Every partner agency: its code, name and how to contact it")
  public List<PartnerAgency> all() {
    return PartnerAgencies.all();
  }
}

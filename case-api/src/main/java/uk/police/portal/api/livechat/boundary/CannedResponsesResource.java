package uk.police.portal.api.livechat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.platform.entity.Role;
import uk.police.portal.chatbot.livechat.control.CannedResponses;
import uk.police.portal.chatbot.livechat.entity.CannedResponse;

/** Ready-written messages for contact handlers (and supervisors, who review them). */
@Path("chat/canned-responses")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CONTACT_HANDLER, Role.SUPERVISOR})
public class CannedResponsesResource {

  @GET
  @Operation(summary = "Canned responses containing every word of q (all of them without q)")
  public List<CannedResponse> search(@QueryParam("q") String q) {
    return CannedResponses.search(q);
  }
}

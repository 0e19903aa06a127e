package uk.police.portal.api.livechat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.livechat.control.Queues;
import uk.police.portal.api.livechat.entity.QueueBoard;
import uk.police.portal.api.platform.entity.Role;

/** Every chat queue and every handler, for supervisors only (they move chats with transfer). */
@Path("chat/queues")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class QueuesResource {

  @Inject Queues queues;

  @GET
  @RolesAllowed(Role.SUPERVISOR)
  @Operation(summary = "The waiting chats of every queue in routing order, and every handler")
  public QueueBoard board() {
    return queues.board();
  }
}

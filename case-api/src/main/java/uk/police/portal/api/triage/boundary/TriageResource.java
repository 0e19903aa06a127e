package uk.police.portal.api.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.Role;
import uk.police.portal.api.triage.control.TriageEngine;
import uk.police.portal.api.triage.entity.TriageRequest;
import uk.police.portal.api.triage.entity.TriageResult;
import uk.police.portal.chatbot.triage.entity.UnusableMessage;

/**
 * Triage of one message, for any signed-in person (the live chat decides later whether people
 * without an account may use the bot).
 */
@Path("triage")
@RequestScoped
@SecurityRequirement(name = "keycloak")
public class TriageResource {

  @Inject TriageEngine engine;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({
    Role.CITIZEN,
    Role.CONTACT_HANDLER,
    Role.INVESTIGATOR,
    Role.SUPERVISOR,
    Role.ADMIN
  })
  @Operation(summary = "Category, emergency, referral and language of one message")
  public TriageResult assess(TriageRequest request) {
    if (request == null || request.text() == null) {
      throw new InvalidRequestException(
          "Send JSON with a \"text\" field: what happened, in your own words.");
    }
    try {
      return TriageResult.of(request.text(), engine.triage().assess(request.text()));
    } catch (UnusableMessage unusable) {
      throw new InvalidRequestException(unusable.getMessage());
    }
  }
}

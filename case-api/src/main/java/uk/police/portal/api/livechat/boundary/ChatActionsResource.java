package uk.police.portal.api.livechat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.casefile.control.CaseAccess;
import uk.police.portal.api.casefile.entity.ReportForm;
import uk.police.portal.api.livechat.control.ChatCases;
import uk.police.portal.api.livechat.control.ChatReferrals;
import uk.police.portal.api.livechat.control.Routing;
import uk.police.portal.api.livechat.control.RowLocks;
import uk.police.portal.api.livechat.control.Transfers;
import uk.police.portal.api.livechat.entity.CaseCreated;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.ReferralRequest;
import uk.police.portal.api.livechat.entity.TransferRequest;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.Role;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/**
 * What staff do with a chat besides talking: transfer it (its contact handler or a supervisor),
 * refer the citizen to a partner agency, and make a case from it (its contact handler). A handler
 * acting on a chat that is not with them: 403 "This chat is not with you now", the same answer
 * chat-core's {@code ChatsResource} gives; a chat that does not exist: 404. Citizens, investigators
 * and administrators: 403. Shares {@code /chats} with {@code ChatsResource}.
 */
@Path("chats")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ChatActionsResource {

  @Inject Transfers transfers;
  @Inject ChatReferrals referrals;
  @Inject ChatCases cases;
  @Inject Routing routing;
  @Inject JsonWebToken caller;
  @Context UriInfo uri;

  @POST
  @Path("{id}/transfer")
  @RolesAllowed({Role.CONTACT_HANDLER, Role.SUPERVISOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move the chat to the head of a queue, or give it to a colleague who is available with"
              + " the skill and a free slot (409 otherwise); the note is for staff only")
  public ChatView transfer(@PathParam("id") String id, TransferRequest request) {
    Transfers.Mover by = mover();
    ChatView moved;
    if (request != null && request.queue() != null && request.handler() == null) {
      ChatQueue queue = queue(request.queue());
      String note = note(request);
      moved = RowLocks.retrying("transfer", () -> transfers.toQueue(id, queue, note, by));
    } else if (request != null && request.handler() != null && request.queue() == null) {
      String note = note(request);
      moved =
          RowLocks.retrying(
              "transfer", () -> transfers.toColleague(id, request.handler(), note, by));
    } else {
      throw new InvalidRequestException(
          "Say where the chat goes: a queue, as {\"queue\":\"PUBLIC_PROTECTION\"}, or a"
              + " colleague, as {\"handler\":\"harry\"}; not both.");
    }
    routing.dispatch();
    return moved;
  }

  @POST
  @Path("{id}/referral")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Tell the citizen which partner agency deals with this and how to reach it")
  public ChatView refer(@PathParam("id") String id, ReferralRequest request) {
    return referrals.refer(id, request == null ? null : request.referral(), username());
  }

  @GET
  @Path("{id}/case-draft")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Operation(summary = "A crime report pre-filled from the bot's summary and the citizen's words")
  public ReportForm caseDraft(@PathParam("id") String id) {
    return cases.draft(id, username());
  }

  @POST
  @Path("{id}/case")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Make a case from the chat (once; 409 after): 201 with the reference, which the"
              + " citizen is sent in the chat")
  public Response createCase(@PathParam("id") String id, ReportForm form) {
    String reference = cases.create(id, form, new CaseAccess(caller).person(), firstName());
    return Response.created(uri.getBaseUriBuilder().path("cases").path(reference).build())
        .entity(new CaseCreated(reference))
        .build();
  }

  private Transfers.Mover mover() {
    return new Transfers.Mover(
        username(), firstName(), caller.getGroups().contains(Role.SUPERVISOR));
  }

  private static ChatQueue queue(String name) {
    try {
      return ChatQueue.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "There is no queue called " + name + ". The queues are GENERAL and PUBLIC_PROTECTION.");
    }
  }

  private static String note(TransferRequest request) {
    if (request.note() != null && request.note().length() > TransferRequest.NOTE_LIMIT) {
      throw new InvalidRequestException(
          "The note must be 1,000 characters or fewer. It is "
              + String.format("%,d", request.note().length())
              + ".");
    }
    return request.note();
  }

  private String username() {
    return caller.getClaim(Claims.preferred_username.name());
  }

  private String firstName() {
    String given = caller.getClaim(Claims.given_name.name());
    return given == null || given.isBlank() ? username() : given;
  }
}

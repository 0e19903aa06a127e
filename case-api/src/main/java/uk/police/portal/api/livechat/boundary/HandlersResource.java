package uk.police.portal.api.livechat.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.livechat.control.ChatStreams;
import uk.police.portal.api.livechat.control.Handlers;
import uk.police.portal.api.livechat.control.Routing;
import uk.police.portal.api.livechat.control.RowLocks;
import uk.police.portal.api.livechat.entity.Availability;
import uk.police.portal.api.livechat.entity.AvailabilityChange;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.HandlerChange;
import uk.police.portal.api.livechat.entity.HandlerView;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.Role;

/**
 * Contact handlers as the chat router knows them. {@code me...}: the contact handler themselves
 * (their row is made on first use: away, default limit and skills). {@code PUT {username}}: a
 * supervisor sets a handler's limit and skills. Everyone else: 403.
 */
@Path("chat/handlers")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class HandlersResource {

  @Inject Handlers handlers;
  @Inject Routing routing;
  @Inject ChatStreams streams;
  @Inject JsonWebToken caller;

  @GET
  @Path("me")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Operation(summary = "You as the chat router knows you (made the first time you ask)")
  public HandlerView me() {
    return RowLocks.retrying("handler row", () -> handlers.me(username(), firstName()));
  }

  @PUT
  @Path("me/availability")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "AVAILABLE (take new chats), BUSY (keep yours, no more) or AWAY")
  public HandlerView availability(AvailabilityChange change) {
    if (change == null || change.availability() == null) {
      throw new InvalidRequestException(
          "Send your availability: AVAILABLE, BUSY or AWAY, as {\"availability\":\"AVAILABLE\"}.");
    }
    me();
    HandlerView view =
        RowLocks.retrying(
            "availability", () -> handlers.changeAvailability(username(), change.availability()));
    if (change.availability() == Availability.AVAILABLE) {
      routing.dispatch();
    }
    return view;
  }

  @GET
  @Path("me/chats")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Operation(summary = "Your chats, oldest assignment first")
  public List<ChatView> myChats() {
    return handlers.chatsOf(username());
  }

  @GET
  @Path("me/events")
  @RolesAllowed(Role.CONTACT_HANDLER)
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Your console as Server-Sent Events (assigned, unassigned, handler); while it is open"
              + " you count as connected. On (re)connect, reload me/chats")
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    HandlerView me =
        RowLocks.retrying("console opened", () -> handlers.consoleOpened(username(), firstName()));
    streams.openHandlerStream(
        username(), sink, sse, Instant.ofEpochSecond(caller.getExpirationTime()));
    handlers.tellConsoles(me);
  }

  @PUT
  @Path("{username}")
  @RolesAllowed(Role.SUPERVISOR)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a handler's chat limit (1 to 10) and skills; 409 below their load")
  public HandlerView change(@PathParam("username") String username, HandlerChange change) {
    if (change == null) {
      throw new InvalidRequestException(
          "Send the limit and skills as {\"chatLimit\":4,\"skills\":[\"GENERAL\"]}.");
    }
    HandlerView view =
        RowLocks.retrying(
            "handler change", () -> handlers.change(username, change.chatLimit(), change.skills()));
    routing.dispatch();
    return view;
  }

  private String username() {
    return caller.getClaim(Claims.preferred_username.name());
  }

  private String firstName() {
    String given = caller.getClaim(Claims.given_name.name());
    return given == null || given.isBlank() ? username() : given;
  }
}

package uk.police.portal.api.livechat.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import uk.police.portal.api.livechat.control.BotTurns;
import uk.police.portal.api.livechat.control.ChatAccess;
import uk.police.portal.api.livechat.control.ChatStreams;
import uk.police.portal.api.livechat.control.Chats;
import uk.police.portal.api.livechat.control.Routing;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.MessageView;
import uk.police.portal.api.livechat.entity.ReceivedUpTo;
import uk.police.portal.api.livechat.entity.StartChat;
import uk.police.portal.api.livechat.entity.StartedChat;
import uk.police.portal.api.livechat.entity.SurveyAnswers;
import uk.police.portal.api.livechat.entity.TranscriptRequest;
import uk.police.portal.api.livechat.entity.TypedMessage;
import uk.police.portal.api.platform.entity.InvalidRequestException;

/**
 * A citizen's live chat, from the bot's greeting to the survey. The citizen's side opens with the
 * chat's token (header {@code Chat-Token}), plus their sign-in if they started the chat signed in;
 * staff with their token: the contact handler who has the chat, or a supervisor (read and end).
 * Investigators and administrators: 403. Anyone else: 404, as for a chat that does not exist.
 * (Transfers, referrals and cases from a chat: {@code ChatCasesResource}.)
 */
@Path("chats")
@RequestScoped
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ChatsResource {

  static final String CHAT_TOKEN = "Chat-Token";
  private static final Logger LOG = Logger.getLogger(ChatsResource.class.getName());

  @Inject Chats chats;
  @Inject ChatStreams streams;
  @Inject Routing routing;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start a chat (anyone, or a signed-in citizen): 201 with its id, its secret token"
              + " (shown once) and the chat; the bot's greeting is message 1")
  public Response start(StartChat request) {
    StartedChat started = chats.start(request == null ? null : request.language(), access(null));
    return Response.created(uri.getBaseUriBuilder().path("chats").path(started.id()).build())
        .entity(started)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The chat: the citizen (token), its contact handler or a supervisor")
  public ChatView chat(@PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token) {
    return chats.view(id, access(token));
  }

  @GET
  @Path("{id}/messages")
  @Operation(summary = "Messages after seq N, in order (the citizen never sees staff notes)")
  public List<MessageView> messages(
      @PathParam("id") String id,
      @HeaderParam(CHAT_TOKEN) String token,
      @QueryParam("after") @DefaultValue("0") int after) {
    return chats.messagesAfter(id, after, access(token));
  }

  @POST
  @Path("{id}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Send a message (the citizen, or the handler who has the chat): 201 once stored; the"
              + " same clientId again: 200 with the message stored the first time")
  public Response send(
      @PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token, TypedMessage message) {
    Chats.Sent sent = chats.send(id, message, access(token));
    afterCommit(id, sent.next());
    return Response.status(sent.stored() ? 201 : 200).entity(sent.message()).build();
  }

  @GET
  @Path("{id}/events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "The chat as Server-Sent Events: every message after Last-Event-ID (or ?after=N),"
              + " then live ones; typing, receipt and queue events")
  public void events(
      @PathParam("id") String id,
      @HeaderParam(CHAT_TOKEN) String token,
      @HeaderParam("Last-Event-ID") String lastEventId,
      @QueryParam("after") @DefaultValue("0") int after,
      @Context SseEventSink sink,
      @Context Sse sse) {
    ChatAccess access = access(token);
    int from = lastEventId == null || lastEventId.isBlank() ? after : seq(lastEventId);
    Chats.StreamTarget target = chats.streamTarget(id, access);
    streams.openChatStream(
        id, target.party(), target.handler(), Math.max(0, from), sink, sse, access.tokenExpiry());
  }

  @POST
  @Path("{id}/typing")
  @Operation(summary = "Tell the other side you are typing (not stored)")
  public Response typing(@PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token) {
    chats.typing(id, access(token));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/received")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Delivery ticks: you have received every message up to seq")
  public Response received(
      @PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token, ReceivedUpTo upTo) {
    chats.received(id, upTo == null ? null : upTo.seq(), access(token));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/quick-exit")
  @Operation(summary = "The citizen left in a hurry: the handler is told; the chat stays open")
  public Response quickExit(@PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token) {
    chats.quickExit(id, access(token));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End the chat (the citizen, its handler or a supervisor)")
  public ChatView end(@PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token) {
    ChatAccess access = access(token);
    String by = chats.ender(id, access);
    routing.end(id, by);
    return chats.viewAfterEnding(id, by);
  }

  @POST
  @Path("{id}/transcript-email")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Email the transcript of an ended chat to the citizen (at most 3 times)")
  public Response emailTranscript(
      @PathParam("id") String id,
      @HeaderParam(CHAT_TOKEN) String token,
      TranscriptRequest request) {
    chats.emailTranscript(id, request == null ? null : request.email(), access(token));
    return Response.accepted().build();
  }

  @POST
  @Path("{id}/survey")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The citizen's answers to the short survey, once, after the chat ended")
  public Response survey(
      @PathParam("id") String id, @HeaderParam(CHAT_TOKEN) String token, SurveyAnswers answers) {
    return Response.status(201).entity(chats.survey(id, answers, access(token))).build();
  }

  /**
   * Routing's part, after the commit. A failed dispatch only delays: the routing sweep dispatches
   * every few seconds anyway.
   */
  private void afterCommit(String id, BotTurns.Next next) {
    switch (next) {
      case DISPATCH -> {
        try {
          routing.dispatch();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Dispatch after a hand-over failed; the sweep will retry", e);
        }
      }
      case END -> routing.end(id, "BOT");
      case NOTHING -> {}
    }
  }

  private ChatAccess access(String chatToken) {
    JsonWebToken caller = security.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    return new ChatAccess(caller, chatToken);
  }

  private static int seq(String lastEventId) {
    try {
      return Integer.parseInt(lastEventId.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(
          "Last-Event-ID must be the number of the last message received.");
    }
  }
}

package uk.police.portal.api.livechat.control;

import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatToken;
import uk.police.portal.api.platform.entity.RefusedException;
import uk.police.portal.api.platform.entity.Role;

/**
 * Who may do what with a chat (the roles table in case-api/README.md, "Live chat"). The citizen's
 * side opens with the chat's token, plus their own sign-in when the chat was started signed in;
 * anyone else gets exactly the answer for a chat that does not exist. Staff are judged by their
 * token alone: the handler who has the chat, or a supervisor.
 */
public final class ChatAccess {

  public static final String NOT_HERE = "There is no chat here. It may have ended.";

  /** Who is acting on the chat. */
  public enum Party {
    CITIZEN,
    HANDLER,
    SUPERVISOR
  }

  private final JsonWebToken caller;
  private final String chatToken;

  /** {@code caller} is null when nobody is signed in; {@code chatToken} the Chat-Token header. */
  public ChatAccess(JsonWebToken caller, String chatToken) {
    this.caller = caller;
    this.chatToken = chatToken;
  }

  /** Investigators and administrators have no part in chats, whatever the chat. */
  public void refuseOutsiders() {
    if (!roles().isEmpty() && !staff() && !roles().contains(Role.CITIZEN)) {
      throw new RefusedException(
          "Live chats are for citizens, contact handlers and supervisors. Nothing was changed.");
    }
  }

  /** Starting a chat: anyone not signed in, or a citizen. */
  public void requireMayStart() {
    refuseOutsiders();
    if (staff()) {
      throw new RefusedException(
          "Staff accounts cannot start a chat as a member of the public. Nothing was changed.");
    }
  }

  /** Reading a chat (view, messages, stream): the citizen, the handler who has it, a supervisor. */
  public Party reader(Chat chat) {
    refuseOutsiders();
    if (handler() && chat.isAssignedTo(username())) {
      return Party.HANDLER;
    }
    if (supervisor()) {
      return Party.SUPERVISOR;
    }
    if (handler()) {
      requireAssigned(chat);
    }
    requireCitizenOf(chat);
    return Party.CITIZEN;
  }

  /** Writing in a chat (messages, typing, receipts): the citizen or the handler who has it. */
  public Party writer(Chat chat) {
    refuseOutsiders();
    if (handler()) {
      requireAssigned(chat);
      return Party.HANDLER;
    }
    if (supervisor()) {
      throw new RefusedException(
          "Only the contact handler who has this chat can write in it. Transfer it to yourself"
              + " first. Nothing was sent.");
    }
    requireCitizenOf(chat);
    return Party.CITIZEN;
  }

  /** Ending a chat: the citizen, the handler who has it, or a supervisor. */
  public Party ender(Chat chat) {
    return reader(chat);
  }

  /** What only the citizen does: quick exit, the transcript by email, the survey. */
  public void requireCitizen(Chat chat) {
    refuseOutsiders();
    if (staff()) {
      throw new RefusedException("Only the person who started the chat can do this.");
    }
    requireCitizenOf(chat);
  }

  public boolean staff() {
    return handler() || supervisor();
  }

  /** The Keycloak subject of a signed-in citizen, or null. */
  public String citizenSubject() {
    return caller != null && roles().contains(Role.CITIZEN) && !staff()
        ? caller.getSubject()
        : null;
  }

  /** The name a signed-in citizen gave, or null. */
  public String citizenName() {
    if (citizenSubject() == null) {
      return null;
    }
    String given = caller.getClaim(Claims.given_name.name());
    return given == null || given.isBlank() ? null : given;
  }

  public String username() {
    return caller == null ? null : caller.getClaim(Claims.preferred_username.name());
  }

  /** When the caller's token expires: a staff stream closes then, so access is checked again. */
  public Instant tokenExpiry() {
    return caller == null ? Instant.MAX : Instant.ofEpochSecond(caller.getExpirationTime());
  }

  /** The caller's token, for the audit log; null when nobody is signed in. */
  public JsonWebToken caller() {
    return caller;
  }

  private void requireAssigned(Chat chat) {
    if (!chat.isAssignedTo(username())) {
      throw new RefusedException(
          "This chat is not with you now: it ended, went back to the queue or moved to a"
              + " colleague.");
    }
  }

  private void requireCitizenOf(Chat chat) {
    if (!ChatToken.matches(chatToken, chat.tokenSha256())) {
      throw new NotFoundException(NOT_HERE);
    }
    if (chat.startedSignedIn()
        && (caller == null || !chat.citizenSubject().equals(caller.getSubject()))) {
      throw new NotFoundException(NOT_HERE);
    }
  }

  private boolean handler() {
    return roles().contains(Role.CONTACT_HANDLER);
  }

  private boolean supervisor() {
    return roles().contains(Role.SUPERVISOR);
  }

  private Set<String> roles() {
    if (caller == null || caller.getGroups() == null) {
      return Set.of();
    }
    return caller.getGroups();
  }
}

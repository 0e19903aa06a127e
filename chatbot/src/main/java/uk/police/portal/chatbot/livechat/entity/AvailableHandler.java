package uk.police.portal.chatbot.livechat.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A contact handler who is available, as the router sees them at one moment.
 *
 * @param idleSince when they last took a chat (or became available with none): the longest idle
 *     gets the next chat among those with the fewest
 */
public record AvailableHandler(
    String username, Set<ChatQueue> skills, int activeChats, int chatLimit, Instant idleSince) {

  public AvailableHandler {
    Objects.requireNonNull(username);
    Objects.requireNonNull(idleSince);
    skills = Set.copyOf(skills);
  }

  public boolean canTake(WaitingChat chat) {
    return activeChats < chatLimit && skills.contains(chat.queue());
  }

  /** Fewer chats first, then the longest idle; the username only makes ties repeatable. */
  public boolean before(AvailableHandler other) {
    if (activeChats != other.activeChats) {
      return activeChats < other.activeChats;
    }
    int byIdle = idleSince.compareTo(other.idleSince);
    return byIdle != 0 ? byIdle < 0 : username.compareTo(other.username) < 0;
  }

  /** The same handler with one more chat, taken at {@code now}. */
  public AvailableHandler took(Instant now) {
    return new AvailableHandler(username, skills, activeChats + 1, chatLimit, now);
  }
}

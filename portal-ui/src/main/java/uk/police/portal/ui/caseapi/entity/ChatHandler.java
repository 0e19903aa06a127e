package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contact handler as live chat's router sees them ({@code HandlerView}): whether they take new
 * chats, how many they may hold and hold now, and the queues (skills) they take from.
 *
 * @param availability AVAILABLE, BUSY or AWAY
 * @param skills queue names: GENERAL, PUBLIC_PROTECTION
 */
public record ChatHandler(
    String username,
    String firstName,
    String availability,
    int chatLimit,
    int activeChats,
    List<String> skills,
    OffsetDateTime lastSeenAt) {

  public ChatHandler {
    skills = skills == null ? List.of() : List.copyOf(skills);
  }

  public boolean hasFreeSlot() {
    return activeChats < chatLimit;
  }
}

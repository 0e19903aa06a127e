package uk.police.portal.api.livechat.entity;

import java.time.OffsetDateTime;
import java.util.List;

/** A contact handler as the console and the supervisor's board show them. */
public record HandlerView(
    String username,
    String firstName,
    Availability availability,
    int chatLimit,
    int activeChats,
    List<String> skills,
    OffsetDateTime lastSeenAt) {

  public static HandlerView of(ChatHandler handler) {
    return new HandlerView(
        handler.username(),
        handler.firstName(),
        handler.availability(),
        handler.chatLimit(),
        handler.activeChats(),
        handler.skills().stream().map(Enum::name).toList(),
        handler.lastSeenAt());
  }
}

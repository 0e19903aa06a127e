package uk.police.portal.api.livechat.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.chatbot.livechat.entity.AvailableHandler;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/**
 * A contact handler as the router sees them: availability, skills, limit and how many chats they
 * hold. The count changes only with the chat it counts, in one transaction, under this row's lock;
 * the database's check constraint keeps it within the limit even if a caller forgot the lock.
 */
@Entity
@Cacheable(false)
@Table(name = "chat_handler")
public class ChatHandler {

  public static final int MAX_LIMIT = 10;

  @Id private String username;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "chat_limit", nullable = false)
  private int chatLimit;

  @Column(nullable = false)
  private String skills;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Availability availability;

  @Column(name = "availability_since", nullable = false)
  private OffsetDateTime availabilitySince;

  @Column(name = "active_chats", nullable = false)
  private int activeChats;

  @Column(name = "idle_since", nullable = false)
  private OffsetDateTime idleSince;

  @Column(name = "last_seen_at", nullable = false)
  private OffsetDateTime lastSeenAt;

  protected ChatHandler() {}

  /** A handler opening the console for the first time: away until they say otherwise. */
  public ChatHandler(
      String username, String firstName, int chatLimit, Set<ChatQueue> skills, OffsetDateTime now) {
    this.username = username;
    this.firstName = firstName;
    this.availability = Availability.AWAY;
    this.availabilitySince = now;
    this.idleSince = now;
    this.lastSeenAt = now;
    changeLimitAndSkills(chatLimit, skills);
  }

  public boolean hasRoom() {
    return availability == Availability.AVAILABLE && activeChats < chatLimit;
  }

  public boolean hasSkill(ChatQueue queue) {
    return skills().contains(queue);
  }

  /** Counts a chat routed or transferred to them; call with this row locked. */
  public void take(OffsetDateTime now) {
    if (activeChats >= chatLimit) {
      throw new ConflictException(firstName + " has no free chat slot.");
    }
    activeChats++;
    idleSince = now;
  }

  /** A chat of theirs ended, was transferred or went back to the queue. */
  public void release() {
    activeChats = Math.max(0, activeChats - 1);
  }

  public void changeAvailability(Availability to, OffsetDateTime now) {
    if (to != availability) {
      availability = to;
      availabilitySince = now;
      if (to == Availability.AVAILABLE && activeChats == 0) {
        idleSince = now;
      }
    }
    lastSeenAt = now;
  }

  /**
   * Their console has been gone past the grace: away, without counting as seen (so the silence
   * still shows in {@code lastSeenAt}).
   */
  public void disconnected(OffsetDateTime now) {
    if (availability != Availability.AWAY) {
      availability = Availability.AWAY;
      availabilitySince = now;
    }
  }

  /** The router's view of them at this moment. */
  public AvailableHandler asAvailable() {
    return new AvailableHandler(username, skills(), activeChats, chatLimit, idleSince.toInstant());
  }

  /** Their console is connected. */
  public void seen(OffsetDateTime now) {
    lastSeenAt = now;
  }

  public void changeLimitAndSkills(int limit, Set<ChatQueue> newSkills) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(
          "A chat limit is a whole number from 1 to " + MAX_LIMIT + ".");
    }
    if (limit < activeChats) {
      throw new ConflictException(
          firstName
              + " has "
              + activeChats
              + " chats now. Lower the limit when they have "
              + limit
              + " or fewer.");
    }
    if (newSkills == null || newSkills.isEmpty()) {
      throw new InvalidRequestException(
          "A handler needs at least one queue they can take chats from.");
    }
    chatLimit = limit;
    skills = newSkills.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public Set<ChatQueue> skills() {
    Set<ChatQueue> set = EnumSet.noneOf(ChatQueue.class);
    Arrays.stream(skills.split(","))
        .filter(s -> !s.isBlank())
        .map(ChatQueue::valueOf)
        .forEach(set::add);
    return set;
  }

  public String username() {
    return username;
  }

  public String firstName() {
    return firstName;
  }

  public int chatLimit() {
    return chatLimit;
  }

  public Availability availability() {
    return availability;
  }

  public OffsetDateTime availabilitySince() {
    return availabilitySince;
  }

  public int activeChats() {
    return activeChats;
  }

  public OffsetDateTime idleSince() {
    return idleSince;
  }

  public OffsetDateTime lastSeenAt() {
    return lastSeenAt;
  }
}

package uk.police.portal.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One row of case_file with its rows of case_event, as the seeder writes them. */
record SeededCase(
    String reference,
    String citizenSubject,
    String citizenName,
    String category,
    String status,
    String victimRights,
    OffsetDateTime reportedAt,
    Officer officer,
    LocalDate updateDueOn,
    String outcomeCode,
    String reportJson,
    List<Event> timeline) {

  record Officer(String subject, String username, String name) {}

  record Event(
      OffsetDateTime at,
      String type,
      boolean visibleToVictim,
      String authorSubject,
      String authorName,
      String text,
      String status,
      String keyEvent,
      String outcomeCode) {}

  /** How many timeline entries the citizen may see, which is what the API must count for them. */
  long visibleEvents() {
    return timeline.stream().filter(Event::visibleToVictim).count();
  }
}

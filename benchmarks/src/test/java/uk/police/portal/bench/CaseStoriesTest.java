package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.portal.bench.SeededCase.Event;

class CaseStoriesTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final Set<String> EVENT_TYPES =
      Set.of(
          "RECEIVED",
          "ASSIGNED",
          "UPDATE",
          "NOTE",
          "INFORMATION_REQUESTED",
          "INFORMATION_ADDED",
          "STATUS_CHANGED",
          "KEY_EVENT",
          "OUTCOME");
  private static final Set<String> STATUSES =
      Set.of("RECEIVED", "ASSESSED", "INVESTIGATING", "WAITING_FOR_YOU", "CLOSED");

  private final CaseStories stories = new CaseStories(1, NOW);

  @Test
  void everyCaseHasATimelineOfAboutTenEventsInOrderFromItsReportToNow() {
    double events = 0;
    for (long id = 1; id <= 500; id++) {
      SeededCase seeded = stories.story(id, "PC-AAAA-AAA6", "subject", "Ann Example");
      List<Event> timeline = seeded.timeline();
      assertThat(timeline).hasSizeBetween(8, 12);
      assertThat(timeline.get(0).type()).isEqualTo("RECEIVED");
      assertThat(timeline.get(0).at()).isAfterOrEqualTo(seeded.reportedAt());
      for (int i = 1; i < timeline.size(); i++) {
        assertThat(timeline.get(i).at()).isAfterOrEqualTo(timeline.get(i - 1).at());
      }
      assertThat(timeline.get(timeline.size() - 1).at().toInstant()).isBefore(NOW);
      events += timeline.size();
    }
    assertThat(events / 500).isBetween(9.0, 11.0);
  }

  @Test
  void valuesAreOnesCaseApiKnows() {
    for (long id = 1; id <= 500; id++) {
      SeededCase seeded = stories.story(id, "PC-AAAA-AAA6", "subject", "Ann Example");
      assertThat(seeded.status()).isIn(STATUSES);
      assertThat(seeded.victimRights()).isIn("STANDARD", "ENHANCED");
      for (Event event : seeded.timeline()) {
        assertThat(event.type()).isIn(EVENT_TYPES);
        if (event.status() != null) {
          assertThat(event.status()).isIn(STATUSES);
        }
        assertThat(event.visibleToVictim())
            .isEqualTo(!Set.of("NOTE", "KEY_EVENT").contains(event.type()));
      }
    }
  }

  @Test
  void aClosedCaseEndsWithItsOutcomeAndAnOpenOneHasAnUpdateDue() {
    int closed = 0;
    for (long id = 1; id <= 300; id++) {
      SeededCase seeded = stories.story(id, "PC-AAAA-AAA6", "subject", "Ann Example");
      Event last = seeded.timeline().get(seeded.timeline().size() - 1);
      if (seeded.status().equals("CLOSED")) {
        closed++;
        assertThat(last.type()).isEqualTo("OUTCOME");
        assertThat(seeded.outcomeCode()).isEqualTo(last.outcomeCode()).isNotNull();
        assertThat(seeded.updateDueOn()).isNull();
      } else {
        assertThat(seeded.outcomeCode()).isNull();
        assertThat(seeded.updateDueOn()).isNotNull();
      }
    }
    assertThat(closed).isBetween(50, 150);
  }

  @Test
  void theReportIsReportFormAsJsonWithAnIsoDateNotInTheFuture() {
    SeededCase seeded = stories.story(5, "PC-AAAA-AAA6", "subject", "Ann Example");
    JsonObject report = Json.createReader(new StringReader(seeded.reportJson())).readObject();
    assertThat(report.getString("category")).isEqualTo(seeded.category());
    assertThat(report.getString("whatHappened")).isNotBlank();
    assertThat(LocalDate.parse(report.getString("occurredOn")))
        .isBeforeOrEqualTo(seeded.reportedAt().toLocalDate());
    assertThat(report.getJsonObject("victim").getString("name")).isEqualTo("Ann Example");
    assertThat(report.getJsonObject("contact").keySet())
        .contains("byEmail", "byPhone", "byText", "mayLeaveMessages");
  }

  @Test
  void theSameIdTellsTheSameStory() {
    assertThat(stories.story(9, "PC-AAAA-AAA6", "s", "n"))
        .isEqualTo(stories.story(9, "PC-AAAA-AAA6", "s", "n"));
    assertThat(stories.story(9, "PC-AAAA-AAA6", "s", "n").visibleEvents())
        .isEqualTo(
            stories.story(9, "PC-AAAA-AAA6", "s", "n").timeline().stream()
                .filter(Event::visibleToVictim)
                .count());
  }
}

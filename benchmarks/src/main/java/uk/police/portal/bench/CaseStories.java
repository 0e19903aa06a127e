package uk.police.portal.bench;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.police.portal.bench.SeededCase.Event;
import uk.police.portal.bench.SeededCase.Officer;

/**
 * Plausible cases, each with a timeline of 8 to 12 events: received, assessed, assigned,
 * investigating, then updates, internal notes, key events and requests for information, and for
 * about a third of them an outcome. Every value is one case-api accepts (a category of the triage
 * taxonomy, a status, an event type, a Home Office outcome code, a report in ReportForm's JSON).
 * Each case comes from its own seeded random, so the same id always tells the same story.
 */
final class CaseStories {

  private static final List<String> CATEGORIES =
      List.of(
          "THEFT",
          "BURGLARY",
          "VEHICLE_CRIME",
          "CRIMINAL_DAMAGE",
          "ASSAULT",
          "HARASSMENT",
          "ANTISOCIAL_BEHAVIOUR",
          "HATE_CRIME",
          "ROAD_TRAFFIC");
  private static final List<String> KEY_EVENTS =
      List.of(
          "SUSPECT_ARRESTED",
          "SUSPECT_INTERVIEWED",
          "SUSPECT_CHARGED",
          "SUSPECT_RELEASED",
          "SUSPECT_BAILED",
          "RELEASED_UNDER_INVESTIGATION");
  private static final List<String> OUTCOMES = List.of("1", "3", "8", "14", "15", "16", "18", "21");
  private static final List<String> FIRST_NAMES =
      List.of("Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jack");
  private static final List<String> LAST_NAMES =
      List.of("Ahmed", "Brown", "Clarke", "Davies", "Evans", "Green", "Hughes", "Khan", "Patel");
  private static final List<String> STREETS =
      List.of("Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Street");
  private static final List<String> UPDATES =
      List.of(
          "I have asked the shops nearby for their CCTV and will tell you what it shows.",
          "I have spoken to the witness you named. Their statement helps the investigation.",
          "The forensic results are back and I am going through them now.",
          "I have visited the place where it happened and made house-to-house enquiries.",
          "There is nothing new to tell you this week, but the investigation goes on.");
  private static final List<String> NOTES =
      List.of(
          "CCTV request sent to the council control room.",
          "Checked the stolen property database: no match yet.",
          "Discussed with the sergeant; keep the case open for the forensic results.");
  private static final Officer[] OFFICERS = officers();
  // One factory: every Json.createObjectBuilder() call would look the provider up again.
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private final long seed;
  private final Instant now;

  CaseStories(long seed, Instant now) {
    this.seed = seed;
    this.now = now;
  }

  /** The case with this id, reported by this citizen. */
  SeededCase story(long caseId, String reference, String citizenSubject, String citizenName) {
    Random random = new Random(seed ^ (caseId * 0x9E3779B97F4A7C15L));
    String category = pick(random, CATEGORIES);
    boolean enhanced = random.nextInt(5) == 0;
    boolean closed = random.nextInt(3) == 0;
    Officer officer = OFFICERS[random.nextInt(OFFICERS.length)];
    long ageSeconds = (20 + random.nextInt(380)) * 86_400L + random.nextInt(86_400);
    OffsetDateTime reportedAt = at(now.minusSeconds(ageSeconds));
    List<Event> timeline =
        timeline(random, reportedAt, closed, officer, citizenSubject, citizenName);
    String outcome = closed ? timeline.get(timeline.size() - 1).outcomeCode() : null;
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return new SeededCase(
        reference,
        citizenSubject,
        citizenName,
        category,
        closed ? "CLOSED" : "INVESTIGATING",
        enhanced ? "ENHANCED" : "STANDARD",
        reportedAt,
        officer,
        closed ? null : today.plusDays(random.nextInt(14) - 3),
        outcome,
        report(random, category, reportedAt, citizenName, enhanced),
        timeline);
  }

  /** A citizen who is not one of the bench users: a random name. */
  static String randomName(Random random) {
    return pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
  }

  private List<Event> timeline(
      Random random,
      OffsetDateTime reportedAt,
      boolean closed,
      Officer officer,
      String citizenSubject,
      String citizenName) {
    int size = 8 + random.nextInt(5);
    OffsetDateTime[] times = times(random, reportedAt, size);
    List<Event> events = new ArrayList<>(size);
    events.add(system(times[0], "RECEIVED", "We received your report.", null));
    events.add(
        system(
            times[1],
            "STATUS_CHANGED",
            "We have looked at your report and decided what to do next.",
            "ASSESSED"));
    events.add(
        byOfficer(
            times[2],
            "ASSIGNED",
            true,
            officer,
            officer.name() + " is now the officer in charge of your case."));
    events.add(
        withStatus(
            byOfficer(times[3], "STATUS_CHANGED", true, officer, "An officer is investigating."),
            "INVESTIGATING"));
    int middleEnd = closed ? size - 2 : size;
    for (int i = 4; i < middleEnd; i++) {
      int kind = random.nextInt(20);
      if (kind < 5 && i + 1 < middleEnd) {
        events.add(
            byOfficer(
                times[i],
                "INFORMATION_REQUESTED",
                true,
                officer,
                "Could you tell me the serial number or any marks that would identify it?"));
        i++;
        events.add(
            new Event(
                times[i],
                "INFORMATION_ADDED",
                true,
                citizenSubject,
                citizenName,
                "The serial number is on the receipt, which I have found: WTU-" + (1000 + i) + ".",
                null,
                null,
                null));
      } else if (kind < 9) {
        events.add(byOfficer(times[i], "NOTE", false, officer, pick(random, NOTES)));
      } else if (kind < 12) {
        events.add(
            new Event(
                times[i],
                "KEY_EVENT",
                false,
                officer.subject(),
                officer.name(),
                null,
                null,
                pick(random, KEY_EVENTS),
                null));
      } else {
        events.add(byOfficer(times[i], "UPDATE", true, officer, pick(random, UPDATES)));
      }
    }
    if (closed) {
      events.add(
          withStatus(
              byOfficer(
                  times[size - 2], "STATUS_CHANGED", true, officer, "The investigation has ended."),
              "CLOSED"));
      events.add(
          new Event(
              times[size - 1],
              "OUTCOME",
              true,
              officer.subject(),
              officer.name(),
              "Thank you for your patience. This is the outcome of the investigation.",
              null,
              null,
              pick(random, OUTCOMES)));
    }
    return events;
  }

  /** Increasing times from the report to a minute ago. */
  private OffsetDateTime[] times(Random random, OffsetDateTime reportedAt, int size) {
    long span = now.getEpochSecond() - reportedAt.toEpochSecond() - 60;
    long[] offsets = new long[size];
    for (int i = 1; i < size; i++) {
      offsets[i] = 60 + (long) (random.nextDouble() * span);
    }
    Arrays.sort(offsets);
    OffsetDateTime[] times = new OffsetDateTime[size];
    for (int i = 0; i < size; i++) {
      times[i] = reportedAt.plusSeconds(offsets[i]);
    }
    return times;
  }

  private static Event system(OffsetDateTime at, String type, String text, String status) {
    return new Event(at, type, true, "portal", "Online reporting", text, status, null, null);
  }

  private static Event byOfficer(
      OffsetDateTime at, String type, boolean visible, Officer officer, String text) {
    return new Event(at, type, visible, officer.subject(), officer.name(), text, null, null, null);
  }

  private static Event withStatus(Event event, String status) {
    return new Event(
        event.at(),
        event.type(),
        event.visibleToVictim(),
        event.authorSubject(),
        event.authorName(),
        event.text(),
        status,
        event.keyEvent(),
        event.outcomeCode());
  }

  /** ReportForm as JSON-B writes it: record component names, ISO dates, no nulls. */
  private static String report(
      Random random, String category, OffsetDateTime reportedAt, String name, boolean enhanced) {
    String street = (1 + random.nextInt(200)) + " " + pick(random, STREETS);
    JsonObjectBuilder report =
        JSON.createObjectBuilder()
            .add("category", category)
            .add(
                "whatHappened",
                "It happened near "
                    + street
                    + ". "
                    + whatHappened(category)
                    + " I have not seen"
                    + " the person before and I would like the police to look into it.")
            .add("occurredOn", reportedAt.toLocalDate().minusDays(random.nextInt(4)).toString())
            .add("occurredTime", "about " + (1 + random.nextInt(12)) + "pm")
            .add("location", street)
            .add("suspect", "Tall, dark jacket, about 20 years old.")
            .add(
                "victim",
                JSON.createObjectBuilder()
                    .add("someoneElse", false)
                    .add("name", name)
                    .add("phone", "07700 900" + (100 + random.nextInt(900))))
            .add(
                "vulnerability",
                JSON.createObjectBuilder()
                    .add("feelsUnsafe", enhanced)
                    .add("happenedBefore", false)
                    .add("under18", false))
            .add(
                "contact",
                JSON.createObjectBuilder()
                    .add("byEmail", false)
                    .add("byPhone", true)
                    .add("phone", "07700 900" + (100 + random.nextInt(900)))
                    .add("byText", false)
                    .add("safeTimes", "weekdays after 6pm")
                    .add("mayLeaveMessages", random.nextBoolean()));
    if (category.equals("THEFT") || category.equals("BURGLARY")) {
      report.add("property", "A bicycle and a laptop").add("propertyValuePounds", 850);
    }
    return report.build().toString();
  }

  private static String whatHappened(String category) {
    return switch (category) {
      case "THEFT" -> "Someone took my bicycle, which was locked outside the shop.";
      case "BURGLARY" -> "Someone broke the back door of my house and took a laptop.";
      case "VEHICLE_CRIME" -> "The window of my car was smashed and the radio taken.";
      case "CRIMINAL_DAMAGE" -> "Someone sprayed paint on my front wall and fence.";
      case "ASSAULT" -> "A man pushed me to the ground and I hurt my arm.";
      case "HARASSMENT" -> "A neighbour keeps sending me threatening messages.";
      case "HATE_CRIME" -> "A man shouted abuse at me because of my religion.";
      case "ROAD_TRAFFIC" -> "A driver went through a red light and hit my bicycle.";
      default -> "A group of people kept shouting and throwing things at houses late at night.";
    };
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Officer[] officers() {
    Officer[] officers = new Officer[24];
    for (int i = 0; i < officers.length; i++) {
      String name = "PC " + FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + LAST_NAMES.get(i % 9);
      officers[i] =
          new Officer(
              String.format("bench-officer-%02d", i + 1),
              String.format("bench.officer%02d", i + 1),
              name);
    }
    return officers;
  }
}

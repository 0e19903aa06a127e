package uk.police.portal.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds the bench: citizens bench-citizen-001... in Keycloak, then the cases in PostgreSQL (the
 * first case of each bench citizen, one each, the rest for random subjects), each with its
 * timeline. Writes the citizens' user names, references and how many timeline entries each may see
 * to a CSV file for the simulation. The schema must be empty and migrated (case-api's Flyway runs
 * at start).
 */
public final class SeedCases {

  private static final long SEED = 20261121L;

  private SeedCases() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromEnvironment();
    long started = System.nanoTime();
    List<String> subjects = createCitizens(settings);
    say("%d citizens in Keycloak in %.1f s", subjects.size(), seconds(started));

    long seeding = System.nanoTime();
    List<SeededCase> benchCases = seedDatabase(settings, subjects);
    say("seeded in %.1f s", seconds(seeding));
    writeCitizens(settings, benchCases);
  }

  private static List<String> createCitizens(BenchSettings settings)
      throws IOException, InterruptedException {
    KeycloakCitizens keycloak =
        new KeycloakCitizens(
            settings.keycloakUrl(),
            BenchSettings.env("PORTAL_KEYCLOAK_ADMIN", "admin"),
            BenchSettings.env("PORTAL_KEYCLOAK_ADMIN_PASSWORD", "admin"));
    List<String> subjects = new ArrayList<>();
    for (int n = 1; n <= settings.citizens(); n++) {
      subjects.add(
          keycloak.ensureCitizen(
              BenchSettings.citizenUsername(n),
              BenchSettings.CITIZEN_PASSWORD,
              "Bench",
              String.format("Citizen %03d", n)));
    }
    return subjects;
  }

  private static List<SeededCase> seedDatabase(BenchSettings settings, List<String> subjects)
      throws SQLException, IOException {
    if (settings.cases() < subjects.size()) {
      throw new IllegalArgumentException("fewer cases than citizens: each citizen needs one");
    }
    try (Connection db =
        DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
      requireEmpty(db);
      db.setAutoCommit(false);
      CaseStories stories = new CaseStories(SEED, Instant.now().truncatedTo(ChronoUnit.SECONDS));
      String[] references = references(settings.cases());
      List<SeededCase> benchCases = new ArrayList<>();
      long events;
      // Two passes, one COPY each: a case tells the same story both times (its own seeded random).
      try (CopyRows cases = new CopyRows(db, "case_file", CaseTable.COLUMNS)) {
        Random owners = new Random(SEED);
        for (int id = 1; id <= settings.cases(); id++) {
          SeededCase seeded = story(stories, id, references, subjects, owners);
          CaseTable.write(cases, id, seeded);
          if (id <= subjects.size()) {
            benchCases.add(seeded);
          }
        }
      }
      try (CopyRows timeline = new CopyRows(db, "case_event", CaseTable.EVENT_COLUMNS)) {
        Random owners = new Random(SEED);
        long eventId = 0;
        for (int id = 1; id <= settings.cases(); id++) {
          for (SeededCase.Event event :
              story(stories, id, references, subjects, owners).timeline()) {
            CaseTable.writeEvent(timeline, ++eventId, id, event);
          }
        }
        events = timeline.rows();
      }
      try (Statement sql = db.createStatement()) {
        // EclipseLink takes a sequence value as the last id of a block of 50: start past ours.
        sql.execute("SELECT setval('case_file_seq', " + roundUp(settings.cases()) + ")");
        sql.execute("SELECT setval('case_event_seq', " + roundUp(events) + ")");
      }
      db.commit();
      db.setAutoCommit(true);
      try (Statement sql = db.createStatement()) {
        sql.execute("ANALYZE case_file");
        sql.execute("ANALYZE case_event");
      }
      say("%d cases, %d timeline events", settings.cases(), events);
      return benchCases;
    }
  }

  private static SeededCase story(
      CaseStories stories, int id, String[] references, List<String> subjects, Random owners) {
    if (id <= subjects.size()) {
      return stories.story(
          id, references[id - 1], subjects.get(id - 1), String.format("Bench Citizen %03d", id));
    }
    String subject = new UUID(owners.nextLong(), owners.nextLong()).toString();
    return stories.story(id, references[id - 1], subject, CaseStories.randomName(owners));
  }

  private static String[] references(int count) {
    CaseReferences generator = new CaseReferences(SEED);
    String[] references = new String[count];
    for (int i = 0; i < count; i++) {
      references[i] = generator.next();
    }
    return references;
  }

  private static void requireEmpty(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows = sql.executeQuery("SELECT count(*) FROM case_file")) {
      rows.next();
      if (rows.getLong(1) > 0) {
        throw new IllegalStateException(
            "case_file already has rows: seed a freshly created database (bench/cases does)");
      }
    }
  }

  private static void writeCitizens(BenchSettings settings, List<SeededCase> benchCases)
      throws IOException {
    Files.createDirectories(settings.citizensFile().toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(settings.citizensFile()))) {
      out.println("username,reference,visibleEvents");
      for (int i = 0; i < benchCases.size(); i++) {
        out.printf(
            "%s,%s,%d%n",
            BenchSettings.citizenUsername(i + 1),
            benchCases.get(i).reference(),
            benchCases.get(i).visibleEvents());
      }
    }
  }

  private static long roundUp(long id) {
    return (id + 49) / 50 * 50;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void say(String format, Object... args) {
    System.out.printf("seed: " + format + "%n", args);
  }
}

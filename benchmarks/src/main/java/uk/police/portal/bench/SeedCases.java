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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds the bench: citizens bench-citizen-001... in Keycloak, then the cases in PostgreSQL (the
 * first case of each bench citizen, one each, the rest for random subjects), each with its
 * timeline. Writes the citizens' user names, references and how many timeline entries each may see
 * to a CSV file for the simulation. The schema must be empty and migrated (case-api's Flyway runs
 * at start).
 */
public final class SeedCases {

  private static final long SEED = 20261121L;
  private static final String PASSWORD = BenchSettings.CITIZEN_PASSWORD;

  private SeedCases() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromEnvironment();
    long started = System.nanoTime();
    List<String> subjects = createCitizens(settings);
    say("%d citizens in Keycloak in %.1f s", subjects.size(), seconds(started));

    long seeding = System.nanoTime();
    List<SeededCase> benchCases = seedDatabase(settings, subjects);
    say("database seeded in %.1f s", seconds(seeding));

    long signingIn = System.nanoTime();
    KeycloakAccounts keycloak = keycloak(settings);
    List<KeycloakAccounts.Tokens> tokens =
        onBothCores(
            settings.citizens(), n -> keycloak.signIn(BenchSettings.citizenUsername(n), PASSWORD));
    say("%d citizens signed in in %.1f s", tokens.size(), seconds(signingIn));
    writeCitizens(settings, benchCases, tokens);
  }

  private static List<String> createCitizens(BenchSettings settings) throws Exception {
    KeycloakAccounts keycloak = keycloak(settings);
    return onBothCores(
        settings.citizens(),
        n ->
            keycloak.ensureUser(
                BenchSettings.citizenUsername(n),
                PASSWORD,
                "Bench",
                String.format("Citizen %03d", n)));
  }

  private static KeycloakAccounts keycloak(BenchSettings settings) {
    return new KeycloakAccounts(
        settings.keycloakUrl(),
        BenchSettings.env("PORTAL_KEYCLOAK_ADMIN", "admin"),
        BenchSettings.env("PORTAL_KEYCLOAK_ADMIN_PASSWORD", "admin"));
  }

  /** A call for each citizen number 1..count, two at a time, results in that order. */
  private static <T> List<T> onBothCores(int count, Call<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int n = 1; n <= count; n++) {
        int number = n;
        futures.add(pool.submit(() -> call.forCitizen(number)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private interface Call<T> {
    T forCitizen(int number) throws Exception;
  }

  private static List<SeededCase> seedDatabase(BenchSettings settings, List<String> subjects)
      throws SQLException, IOException {
    if (settings.cases() < subjects.size()) {
      throw new IllegalArgumentException("fewer cases than citizens: each citizen needs one");
    }
    try (Connection db =
        DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword())) {
      requireEmpty(db);
      boolean foreignKeysSkipped = skipForeignKeyTriggers(db);
      db.setAutoCommit(false);
      Cases cases =
          new Cases(
              new CaseStories(SEED, Instant.now().truncatedTo(ChronoUnit.SECONDS)),
              references(settings.cases()),
              subjects);
      // Two passes, one COPY each: a case tells the same story both times (its own seeded random).
      List<SeededCase> benchCases = copyCases(db, cases);
      long events = copyEvents(db, cases);
      if (foreignKeysSkipped) {
        requireNoOrphans(db);
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

  /** Writes every case; returns the bench citizens' own, in their order. */
  private static List<SeededCase> copyCases(Connection db, Cases cases)
      throws SQLException, IOException {
    long started = System.nanoTime();
    List<SeededCase> benchCases = new ArrayList<>();
    try (CopyRows rows = new CopyRows(db, "case_file", CaseTable.COLUMNS)) {
      Random owners = new Random(SEED);
      for (int id = 1; id <= cases.count(); id++) {
        SeededCase seeded = cases.story(id, owners);
        CaseTable.write(rows, id, seeded);
        if (id <= cases.subjects().size()) {
          benchCases.add(seeded);
        }
      }
    }
    say("case_file: %d rows in %.1f s", cases.count(), seconds(started));
    return benchCases;
  }

  private static long copyEvents(Connection db, Cases cases) throws SQLException, IOException {
    long started = System.nanoTime();
    try (CopyRows rows = new CopyRows(db, "case_event", CaseTable.EVENT_COLUMNS)) {
      Random owners = new Random(SEED);
      long eventId = 0;
      for (int id = 1; id <= cases.count(); id++) {
        for (SeededCase.Event event : cases.story(id, owners).timeline()) {
          CaseTable.writeEvent(rows, ++eventId, id, event);
        }
      }
      say("case_event: %d rows in %.1f s", rows.rows(), seconds(started));
      return rows.rows();
    }
  }

  /**
   * Case ids from 1: the first ones belong to the bench citizens, one each; the others to random
   * subjects drawn in id order from {@code owners}, so both passes draw the same ones.
   */
  private record Cases(CaseStories stories, String[] references, List<String> subjects) {

    int count() {
      return references.length;
    }

    SeededCase story(int id, Random owners) {
      if (id <= subjects.size()) {
        return stories.story(
            id, references[id - 1], subjects.get(id - 1), String.format("Bench Citizen %03d", id));
      }
      String subject = new UUID(owners.nextLong(), owners.nextLong()).toString();
      return stories.story(id, references[id - 1], subject, CaseStories.randomName(owners));
    }
  }

  private static String[] references(int count) {
    CaseReferences generator = new CaseReferences(SEED);
    String[] references = new String[count];
    for (int i = 0; i < count; i++) {
      references[i] = generator.next();
    }
    return references;
  }

  /**
   * A million foreign key checks, one per event, take about half the time of the events' COPY; as a
   * superuser the seeder skips them (session_replication_role) and checks the whole table once
   * afterwards instead.
   */
  private static boolean skipForeignKeyTriggers(Connection db) {
    try (Statement sql = db.createStatement()) {
      sql.execute("SET session_replication_role = replica");
      return true;
    } catch (SQLException notSuperuser) {
      say("foreign keys checked row by row (%s)", notSuperuser.getMessage());
      return false;
    }
  }

  private static void requireNoOrphans(Connection db) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT count(*) FROM case_event e WHERE NOT EXISTS"
                    + " (SELECT 1 FROM case_file f WHERE f.id = e.case_id)")) {
      rows.next();
      if (rows.getLong(1) > 0) {
        throw new IllegalStateException(rows.getLong(1) + " events of cases that do not exist");
      }
      sql.execute("SET session_replication_role = DEFAULT");
    }
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

  private static void writeCitizens(
      BenchSettings settings, List<SeededCase> benchCases, List<KeycloakAccounts.Tokens> tokens)
      throws IOException {
    Files.createDirectories(settings.citizensFile().toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(settings.citizensFile()))) {
      out.println(BenchSettings.CITIZENS_HEADER);
      for (int i = 0; i < benchCases.size(); i++) {
        out.printf(
            "%s,%s,%d,%s,%s,%d%n",
            BenchSettings.citizenUsername(i + 1),
            benchCases.get(i).reference(),
            benchCases.get(i).visibleEvents(),
            tokens.get(i).access(),
            tokens.get(i).refresh(),
            tokens.get(i).expires().toEpochMilli());
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

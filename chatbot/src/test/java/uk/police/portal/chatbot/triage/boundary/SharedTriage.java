package uk.police.portal.chatbot.triage.boundary;

/** One {@link Triage} for all tests in the JVM, as the application shares one. */
public final class SharedTriage {

  private static final Triage TRIAGE = Triage.load();

  private SharedTriage() {}

  public static Triage get() {
    return TRIAGE;
  }
}

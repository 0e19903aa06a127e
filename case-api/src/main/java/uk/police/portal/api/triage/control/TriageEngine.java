package uk.police.portal.api.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import uk.police.portal.chatbot.triage.boundary.Triage;

/** One triage model per server: it trains in about a second at start-up and is thread-safe. */
@ApplicationScoped
public class TriageEngine {

  private static final Logger LOG = Logger.getLogger(TriageEngine.class.getName());

  private volatile Triage triage;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    triage();
  }

  public Triage triage() {
    if (triage == null) {
      synchronized (this) {
        if (triage == null) {
          long start = System.nanoTime();
          triage = Triage.load();
          LOG.info(
              () -> "Triage model loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
      }
    }
    return triage;
  }
}

package uk.police.portal.api.evidence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;

/**
 * Removes what interrupted uploads left in the object store's staging area (a server that died
 * between upload and copy, a store that went down mid-upload), every {@code
 * PORTAL_EVIDENCE_SWEEP_EVERY_SECONDS} (an hour unless set). Evidence keys are never touched, and
 * several servers may sweep at once.
 */
@ApplicationScoped
public class StaleUploadSweeper {

  private static final Logger LOG = Logger.getLogger(StaleUploadSweeper.class.getName());

  @Inject
  @ConfigProperty(name = "portal.evidence.sweep-every-seconds", defaultValue = "3600")
  long everySeconds;

  @Inject ObjectStore store;
  @Inject UploadSlots slots;

  @Resource ManagedScheduledExecutorService scheduler;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    scheduler.scheduleWithFixedDelay(
        this::sweep, Math.min(everySeconds, 300), everySeconds, TimeUnit.SECONDS);
  }

  /**
   * The keys removed; none when the store is not answering (the next run tries again). Files sent
   * to presigned URLs and never completed are staging objects too, so they go the same way; the
   * slots themselves are forgotten a day after their deadline.
   */
  public List<String> sweep() {
    forgetAbandonedSlots();
    try {
      return store.removeStaleIncoming();
    } catch (RuntimeException e) {
      // An exception would end the schedule for good: say so and let the next run try again.
      LOG.log(Level.WARNING, "Stale uploads were not swept: {0}", e.getMessage());
      return List.of();
    }
  }

  private void forgetAbandonedSlots() {
    try {
      int forgotten = slots.forgetAbandoned();
      if (forgotten > 0) LOG.info(() -> "Forgot " + forgotten + " upload slot(s) never completed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Abandoned upload slots were not forgotten: {0}", e.getMessage());
    }
  }
}

package uk.police.portal.api.evidence.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.evidencestore.storage.boundary.ObjectStore;

/**
 * Removes what interrupted uploads left in the object store, every {@code
 * PORTAL_EVIDENCE_SWEEP_EVERY_SECONDS} (an hour unless set): unfinished multipart uploads (a store
 * that went down mid-upload), staging objects of presigned uploads never completed, and evidence
 * objects over an hour old that no record refers to (a server that died between storing a file and
 * recording it: {@link OrphanedObjects}). Recorded evidence and its thumbnails are never touched,
 * and several servers may sweep at once.
 */
@ApplicationScoped
public class StaleUploadSweeper {

  private static final Logger LOG = Logger.getLogger(StaleUploadSweeper.class.getName());

  @Inject
  @ConfigProperty(name = "portal.evidence.sweep-every-seconds", defaultValue = "3600")
  long everySeconds;

  @Inject ObjectStore store;
  @Inject UploadSlots slots;
  @Inject EvidenceItems items;

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
    List<String> removed = new ArrayList<>();
    try {
      removed.addAll(store.removeStaleIncoming());
      removed.addAll(
          new OrphanedObjects(store, items::recordedAmong)
              .remove(ObjectStore.DEFAULT_INCOMING_MAX_AGE));
    } catch (RuntimeException e) {
      // An exception would end the schedule for good: say so and let the next run try again.
      LOG.log(Level.WARNING, "Stale uploads were not swept: {0}", e.getMessage());
    }
    return removed;
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

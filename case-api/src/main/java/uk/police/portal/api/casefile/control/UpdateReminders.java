package uk.police.portal.api.casefile.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseStatus;
import uk.police.portal.api.platform.control.PortalDatabase;

/**
 * Reminds officers a working day before a victim update falls due, and again each day it is
 * overdue. The day reminded is stored on the case, and the case's version guards it, so with
 * several nodes an officer gets one reminder a day, not one per node.
 */
@ApplicationScoped
public class UpdateReminders {

  private static final Logger LOG = Logger.getLogger(UpdateReminders.class.getName());

  @Inject
  @ConfigProperty(name = "portal.reminders.every-seconds", defaultValue = "900")
  long everySeconds;

  @Inject PortalDatabase database;
  @Inject UpdatePlan plan;
  @Inject StaffDirectory staff;
  @Inject Event<UpdateReminder> reminders;
  @Inject UpdateReminders self;

  @Resource ManagedScheduledExecutorService scheduler;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    scheduler.scheduleWithFixedDelay(
        this::runSafely, Math.min(everySeconds, 30), everySeconds, TimeUnit.SECONDS);
  }

  private void runSafely() {
    try {
      self.remindDue();
    } catch (RuntimeException e) {
      // The database may be down; the next run tries again.
      LOG.log(Level.WARNING, "Update reminders did not run: " + e.getMessage());
    }
  }

  @Transactional
  public int remindDue() {
    LocalDate today = plan.today();
    List<CaseFile> due =
        database
            .entityManager()
            .createNamedQuery(CaseFile.DUE_BY, CaseFile.class)
            .setParameter("day", plan.remindWhenDueBy())
            .setParameter("today", today)
            .setParameter("closed", CaseStatus.CLOSED)
            .setMaxResults(500)
            .getResultList();
    due.forEach(file -> remind(file, today));
    return due.size();
  }

  private void remind(CaseFile file, LocalDate today) {
    file.reminded(today);
    staff
        .bySubject(file.officerSubject())
        .flatMap(officer -> officer.email())
        .ifPresent(
            email ->
                reminders.fire(
                    new UpdateReminder(
                        email,
                        file.officerName(),
                        file.reference(),
                        file.updateDueOn().orElse(today))));
  }
}

package uk.police.portal.api.casefile.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import uk.police.portal.api.casefile.entity.CaseEvent;
import uk.police.portal.api.casefile.entity.CaseFile;
import uk.police.portal.api.casefile.entity.CaseMessage;
import uk.police.portal.api.casefile.entity.CaseMessageView;
import uk.police.portal.api.casefile.entity.CaseStatus;
import uk.police.portal.api.casefile.entity.CrimeOutcome;
import uk.police.portal.api.casefile.entity.EventType;
import uk.police.portal.api.casefile.entity.NewEvent;
import uk.police.portal.api.casefile.entity.Person;
import uk.police.portal.api.casefile.entity.StaffMember;
import uk.police.portal.api.casefile.entity.TimelineEntry;
import uk.police.portal.api.platform.control.PortalDatabase;
import uk.police.portal.api.platform.entity.ConflictException;
import uk.police.portal.api.platform.entity.InvalidRequestException;
import uk.police.portal.api.platform.entity.RefusedException;

/**
 * What people do to a case after it is reported: updates, notes, requests, key events, outcomes,
 * messages and assignment. Each action that tells the victim something stops the update clock; each
 * key event starts it.
 */
@ApplicationScoped
public class Casework {

  static final int TEXT_LIMIT = 10_000;

  @Inject PortalDatabase database;
  @Inject Clock clock;
  @Inject UpdatePlan plan;
  @Inject StaffDirectory staff;
  @Inject Event<VictimNotice> notices;

  @Transactional
  public TimelineEntry add(CaseFile file, NewEvent event, CaseAccess access) {
    if (event == null || event.type() == null) {
      throw new InvalidRequestException(
          "Say what to add: type is one of " + Arrays.toString(EventType.values()) + ".");
    }
    if (access.citizen()) {
      access.requireRead(file);
      if (event.type() != EventType.INFORMATION_ADDED) {
        throw new RefusedException("You can add information to your case, nothing else.");
      }
    } else {
      access.requireWork(file);
      if (event.type() == EventType.INFORMATION_ADDED) {
        throw new InvalidRequestException(
            "Information added by the victim comes from the victim. Add a note instead.");
      }
    }
    if (file.closed()) {
      throw new ConflictException(
          "This case is closed, so nothing more can be added to it. Send a message instead.");
    }
    CaseEvent entry = entryFor(file, event, access.person(), Text.clean(event.text()));
    database.entityManager().persist(entry);
    return entry.toEntry();
  }

  private CaseEvent entryFor(CaseFile file, NewEvent event, Person author, String text) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return switch (event.type()) {
      case INFORMATION_ADDED -> {
        require(text, "Enter the information you want to add");
        if (file.status() == CaseStatus.WAITING_FOR_YOU) {
          file.changeStatus(file.assigned() ? CaseStatus.INVESTIGATING : CaseStatus.RECEIVED);
        }
        yield CaseEvent.of(file, now, EventType.INFORMATION_ADDED, author, text);
      }
      case UPDATE -> {
        require(text, "Enter the update for the victim");
        told(file, "There is an update on your case");
        yield CaseEvent.of(file, now, EventType.UPDATE, author, text);
      }
      case NOTE -> {
        require(text, "Enter the note");
        yield CaseEvent.of(file, now, EventType.NOTE, author, text);
      }
      case INFORMATION_REQUESTED -> {
        require(text, "Enter what you need the victim to tell you");
        file.changeStatus(CaseStatus.WAITING_FOR_YOU);
        told(file, "We need some information from you");
        yield CaseEvent.of(file, now, EventType.INFORMATION_REQUESTED, author, text);
      }
      case STATUS_CHANGED -> {
        CaseStatus status = status(event.status());
        file.changeStatus(status);
        yield CaseEvent.statusChange(file, now, author, status, text);
      }
      case KEY_EVENT -> {
        if (event.keyEvent() == null) {
          throw new InvalidRequestException("Select what happened in the investigation.");
        }
        file.updateDueBy(plan.afterKeyEvent(file.victimRights()));
        yield CaseEvent.keyEvent(file, now, author, event.keyEvent(), text);
      }
      case OUTCOME -> {
        CrimeOutcome outcome =
            CrimeOutcome.ofCode(event.outcome() == null ? "" : event.outcome())
                .orElseThrow(
                    () -> new InvalidRequestException("Select a Home Office outcome type."));
        file.recordOutcome(outcome);
        told(file, "There is an outcome on your case");
        yield CaseEvent.outcome(file, now, author, outcome, text);
      }
      case RECEIVED, ASSIGNED ->
          throw new InvalidRequestException("The system adds this kind of entry itself.");
    };
  }

  private void told(CaseFile file, String headline) {
    file.victimUpdated(plan.nextRoutineUpdate());
    notices.fire(new VictimNotice(file.reference(), file.reportJson(), headline));
  }

  private static CaseStatus status(String typed) {
    try {
      CaseStatus status = CaseStatus.valueOf(typed == null ? "" : typed);
      if (status == CaseStatus.CLOSED) {
        throw new InvalidRequestException("A case is closed by recording its outcome.");
      }
      return status;
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "Select a status: one of RECEIVED, ASSESSED, INVESTIGATING, WAITING_FOR_YOU.");
    }
  }

  private static void require(String text, String message) {
    if (text == null) {
      throw new InvalidRequestException(message + ".");
    }
    if (text.length() > TEXT_LIMIT) {
      throw new InvalidRequestException(
          "This must be 10,000 characters or fewer. You have typed "
              + String.format("%,d", text.length())
              + ".");
    }
  }

  @Transactional
  public CaseMessageView send(CaseFile file, String typed, CaseAccess access) {
    String text = Text.clean(typed);
    require(text, "Enter your message");
    CaseMessageView.Sender sender;
    if (access.citizen()) {
      access.requireRead(file);
      sender = CaseMessageView.Sender.CITIZEN;
    } else {
      access.requireWork(file);
      sender = CaseMessageView.Sender.POLICE;
      notices.fire(new VictimNotice(file.reference(), file.reportJson(), "You have a new message"));
    }
    CaseMessage message =
        new CaseMessage(file, OffsetDateTime.now(clock), sender, access.person(), text);
    database.entityManager().persist(message);
    return message.toView();
  }

  /** Supervisors give a case to any officer; an investigator may take an unassigned one. */
  @Transactional
  public void assign(CaseFile file, String username, CaseAccess access) {
    access.requireRead(file);
    Person me = access.person();
    boolean takingIt = !file.assigned() && me.username().equals(username);
    if (!access.supervisor() && !(access.investigator() && takingIt)) {
      throw new RefusedException(
          "Only a supervisor can assign or reassign a case. An investigator can take a case"
              + " that nobody has yet.");
    }
    if (file.closed()) {
      throw new ConflictException("This case is closed, so it cannot be assigned.");
    }
    StaffMember officer =
        staff
            .byUsername(username == null ? "" : username)
            .filter(StaffMember::worksCases)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "We do not know an investigator with the user name \""
                            + username
                            + "\". They need to sign in to the portal once first."));
    file.assignTo(officer.person());
    database
        .entityManager()
        .persist(
            CaseEvent.of(
                file,
                OffsetDateTime.now(clock),
                EventType.ASSIGNED,
                me,
                officer.person().name()
                    + " is now the officer in charge of your case and will keep you updated."));
  }
}

package uk.police.portal.ui.staff.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.staff.FakeCaseApi.REFERENCE;
import static uk.police.portal.ui.staff.FakeCaseApi.REPORTED;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.AuditRecord;
import uk.police.portal.ui.caseapi.entity.CaseDetail;
import uk.police.portal.ui.caseapi.entity.CaseMessage;
import uk.police.portal.ui.caseapi.entity.Me;
import uk.police.portal.ui.caseapi.entity.TimelineEntry;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;
import uk.police.portal.ui.staff.FindCaseForm;
import uk.police.portal.ui.staff.ReasonField;

class StaffCaseViewTest {

  private static final Me IAN = new Me("s1", "ian", "Ian Investigator", List.of("investigator"));
  private static final Me SAM = new Me("s2", "sam", "Sam Supervisor", List.of("supervisor"));
  private static final Me HANNAH =
      new Me("s3", "hannah", "Hannah Handler", List.of("contact-handler"));

  private final FakeCaseApi api = new FakeCaseApi();

  private StaffCaseView open(Me who, String reason) {
    api.me = who;
    StaffCaseView view = new StaffCaseView();
    view.caseApi = api;
    view.open(REFERENCE, reason);
    return view;
  }

  private static <T extends ActionForm> T form(StaffCaseView view, Class<T> type) {
    return Components.all(view, type).get(0);
  }

  @Test
  void withoutAReasonNothingOfTheCaseIsReadAndTheReasonIsAskedFor() {
    StaffCaseView view = open(IAN, null);

    assertThat(api.calls).isEmpty();
    assertThat(Components.all(view, ReasonField.class)).hasSize(1);
    assertThat(Components.text(view)).doesNotContain("bike", "bluebell");
  }

  @Test
  void everyReadCarriesTheReason() {
    open(HANNAH, "Victim asked for an update by phone");

    assertThat(api.calls)
        .contains(
            "caseFile " + REFERENCE + " Victim asked for an update by phone",
            "timeline " + REFERENCE + " Victim asked for an update by phone",
            "messages " + REFERENCE + " Victim asked for an update by phone");
  }

  @Test
  void safeContactWishesAreShownBeforeTheOfficerCalls() {
    StaffCaseView view = open(HANNAH, "Investigation");

    SafeContactPanel contact = Components.all(view, SafeContactPanel.class).get(0);
    assertThat(Components.text(contact))
        .contains("Before you contact the victim")
        .contains("Email: alice@example.org")
        .contains("Phone call: 07700 900123")
        .contains("No. Do not leave voicemail")
        .contains("Weekdays after 6pm")
        .contains("\"bluebell\". Ask for it before you talk about the case");
    // It comes before the report and the timeline on the page.
    assertThat(view.body.indexOf(contact))
        .isLessThan(view.body.indexOf(Components.all(view, TimelinePanel.class).get(0)));
  }

  @Test
  void internalEntriesAreMarkedAsNotShownToTheVictim() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    api.timeline.add(
        new TimelineEntry(
            1, REPORTED, "NOTE", "Internal note", "Neighbour has CCTV", false, "Ian"));
    api.timeline.add(
        new TimelineEntry(2, REPORTED, "KEY_EVENT", "A suspect was arrested", null, false, "Ian"));
    api.timeline.add(
        new TimelineEntry(
            3, REPORTED, "UPDATE", "Update from the police", "CCTV seen", true, "Ian"));
    StaffCaseView view = open(IAN, "Work queue");

    TimelinePanel timeline = Components.all(view, TimelinePanel.class).get(0);
    assertThat(Components.all(timeline.entries, ListItem.class))
        .extracting(Components::text)
        .satisfiesExactly(
            note ->
                assertThat(note)
                    .contains("Neighbour has CCTV", "Internal note: not shown to the victim"),
            keyEvent ->
                assertThat(keyEvent).contains("A suspect was arrested", "Not shown to the victim"),
            update -> assertThat(update).contains("CCTV seen").doesNotContain("not shown"));
  }

  @Test
  void aClosedCaseOffersOnlyASecureMessage() {
    api.detail =
        new CaseDetail(
            REFERENCE,
            "THEFT",
            "Theft",
            "CLOSED",
            "Closed",
            REPORTED,
            "Alice Ashworth",
            "Ian Investigator",
            "ian",
            null,
            null,
            "STANDARD",
            new CaseDetail.Outcome("18", "NO_SUSPECT_IDENTIFIED", "We have finished."),
            FakeCaseApi.report());
    StaffCaseView view = open(IAN, "Work queue");

    assertThat(Components.all(view, ActionForm.class))
        .singleElement()
        .isInstanceOf(MessageForm.class);
    assertThat(Components.text(Components.all(view, SummaryPanel.class).get(0)))
        .contains("Outcome 18: Investigation complete: no suspect identified.");
  }

  @Test
  void contactHandlerReadsTheWholeCaseButIsOfferedNoAction() {
    api.messages.add(new CaseMessage(2, REPORTED, "CITIZEN", "Alice Ashworth", "Any news?"));
    StaffCaseView view = open(HANNAH, "Investigation");

    assertThat(Components.all(view, Button.class).stream().filter(Button::isVisible)).isEmpty();
    assertThat(Components.all(view, ActionForm.class)).isEmpty();
    assertThat(Components.text(view))
        .contains("You can read this case but not act on it.")
        .contains("My bike was taken from outside the shop.")
        .contains("From the victim (Alice Ashworth)")
        .contains("Any news?");
  }

  @Test
  void summarySaysRightsAndOverdueInWords() {
    api.detail =
        new CaseDetail(
            REFERENCE,
            "THEFT",
            "Theft",
            "INVESTIGATING",
            "Being investigated",
            REPORTED,
            "Alice Ashworth",
            "Ian Investigator",
            "ian",
            LocalDate.of(2026, 11, 27),
            "OVERDUE",
            "ENHANCED",
            null,
            FakeCaseApi.report());
    StaffCaseView view = open(IAN, "Work queue");

    assertThat(Components.text(Components.all(view, SummaryPanel.class).get(0)))
        .contains("Being investigated")
        .contains("Ian Investigator")
        .contains("Overdue: the victim should have been told by 27 November 2026.")
        .contains("Enhanced:")
        .contains("within 1 working day");
  }

  @Test
  void investigatorTakesAnUnassignedCaseAsThemselves() {
    StaffCaseView view = open(IAN, "Work queue");
    assertThat(Components.all(view, UpdateForm.class)).as("not theirs yet").isEmpty();

    Components.button(view, "Take this case").orElseThrow().click();

    assertThat(api.assignments).containsExactly("ian");
    assertThat(view.confirmation.getText()).startsWith("You have taken this case.");
    assertThat(view.confirmation.getElement().getAttribute("role")).isEqualTo("status");
    assertThat(Components.button(view, "Take this case")).isEmpty();
    assertThat(Components.all(view, UpdateForm.class)).hasSize(1);
  }

  @Test
  void investigatorPostsAnUpdateTheVictimSees() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    UpdateForm update = form(view, UpdateForm.class);
    update.audience.setValue(UpdateForm.TO_VICTIM);
    update.text.setValue("We have looked at the CCTV from the shop.");
    update.post.click();

    assertThat(api.events).hasSize(1);
    assertThat(api.events.get(0).type()).isEqualTo("UPDATE");
    assertThat(api.events.get(0).text()).isEqualTo("We have looked at the CCTV from the shop.");
    assertThat(view.confirmation.getText())
        .isEqualTo("Your update is on the case. The victim can see it on their case page.");
    assertThat(api.calls.stream().filter(c -> c.startsWith("caseFile"))).hasSize(2);
  }

  @Test
  void anInternalNoteIsSentAsANote() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    UpdateForm update = form(view, UpdateForm.class);
    update.audience.setValue(UpdateForm.INTERNAL);
    update.text.setValue("Shop manager is reluctant.");
    update.post.click();

    assertThat(api.events.get(0).type()).isEqualTo("NOTE");
    assertThat(view.confirmation.getText()).contains("The victim cannot see it.");
  }

  @Test
  void anUpdateNeedsAnAudienceAndWords() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    UpdateForm update = form(view, UpdateForm.class);
    update.post.click();

    assertThat(api.events).isEmpty();
    assertThat(update.audience.getErrorMessage()).isEqualTo("Choose who will see it.");
    assertThat(update.text.getErrorMessage())
        .isEqualTo("Write the update or note before you post it.");
  }

  @Test
  void aRefusalIsShownBesideTheActionAndWhatWasTypedStays() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");
    api.refuseNextWrite = "This case is closed, so it takes no more updates.";

    MessageForm message = form(view, MessageForm.class);
    message.text.setValue("Hello Alice");
    message.send.click();

    assertThat(message.error.getText())
        .isEqualTo("This case is closed, so it takes no more updates.");
    assertThat(message.error.getElement().getAttribute("role")).isEqualTo("alert");
    assertThat(message.text.getValue()).isEqualTo("Hello Alice");
    assertThat(view.confirmation.getText()).isEmpty();
  }

  @Test
  void keyEventExplainsTheVictimsCodeClockAndConfirmsTheNewDeadline() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    KeyEventForm keyEvent = form(view, KeyEventForm.class);
    assertThat(keyEvent.clock.getText())
        .contains("starts the Victims' Code clock")
        .contains("within 5 working days");
    keyEvent.keyEvent.setValue(KeyEventChoice.SUSPECT_ARRESTED);
    api.detail =
        new CaseDetail(
            REFERENCE,
            "THEFT",
            "Theft",
            "INVESTIGATING",
            "Being investigated",
            REPORTED,
            "Alice Ashworth",
            "Ian Investigator",
            "ian",
            LocalDate.of(2026, 11, 27),
            "DUE",
            "STANDARD",
            null,
            FakeCaseApi.report());
    keyEvent.record.click();

    assertThat(api.events.get(0).type()).isEqualTo("KEY_EVENT");
    assertThat(api.events.get(0).keyEvent()).isEqualTo("SUSPECT_ARRESTED");
    assertThat(view.confirmation.getText())
        .isEqualTo(
            "Recorded: a suspect was arrested. The victim must be told by 27 November 2026.");
  }

  @Test
  void enhancedRightsShortenTheClockToOneWorkingDay() {
    assertThat(KeyEventForm.clockWords("ENHANCED"))
        .contains("within 1 working day, because this victim has enhanced rights");
  }

  @Test
  void outcomeShowsWhatTheVictimWillReadAndSendsTheHomeOfficeCode() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    OutcomeForm outcome = form(view, OutcomeForm.class);
    outcome.outcome.setValue(OutcomeChoice.NO_SUSPECT_IDENTIFIED);
    assertThat(outcome.victimWillRead.getText())
        .startsWith("The victim will read: We have finished the investigation for now.");
    outcome.record.click();

    assertThat(api.events.get(0).type()).isEqualTo("OUTCOME");
    assertThat(api.events.get(0).outcome()).isEqualTo("18");
  }

  @Test
  void statusChangeOffersEveryOtherStatus() {
    api.detail = FakeCaseApi.caseDetail("ian", "Ian Investigator");
    StaffCaseView view = open(IAN, "Work queue");

    StatusForm status = form(view, StatusForm.class);
    assertThat(status.status.getListDataView().getItems())
        .containsExactly(
            StatusChoice.ASSESSED, StatusChoice.INVESTIGATING, StatusChoice.WAITING_FOR_YOU);
    status.status.setValue(StatusChoice.INVESTIGATING);
    status.change.click();

    assertThat(api.events.get(0).status()).isEqualTo("INVESTIGATING");
    assertThat(view.confirmation.getText()).isEqualTo("The status is now: Being investigated.");
  }

  @Test
  void investigatorCannotActOnAColleaguesCase() {
    api.detail = FakeCaseApi.caseDetail("ivy", "Ivy Inspector");
    StaffCaseView view = open(IAN, "Investigation");

    assertThat(Components.all(view, ActionForm.class)).isEmpty();
    assertThat(Components.text(view))
        .contains(
            "This case is assigned to Ivy Inspector. Only they or a supervisor can act on it.");
    assertThat(Components.all(view, AuditLogPanel.class)).isEmpty();
  }

  @Test
  void supervisorAssignsTheCaseToAnInvestigator() {
    StaffCaseView view = open(SAM, "Supervision");

    AssignForm assign = form(view, AssignForm.class);
    assertThat(assign.assign.getText()).isEqualTo("Assign");
    assign.officer.setValue(api.investigators.get(0));
    assign.assign.click();

    assertThat(api.assignments).containsExactly("ian");
    assertThat(view.confirmation.getText())
        .isEqualTo("The case is now assigned to Ian Investigator.");
    assertThat(form(view, AssignForm.class).assign.getText()).isEqualTo("Reassign");
  }

  @Test
  void supervisorReadsTheAuditLogOnlyWhenAskingForIt() {
    api.audit.add(
        new AuditRecord(
            7, REPORTED, "ian", "investigator", "READ", "case", REFERENCE, "Investigation"));
    StaffCaseView view = open(SAM, "Supervision");
    assertThat(api.calls).doesNotContain("caseAudit " + REFERENCE);

    AuditLogPanel audit = Components.all(view, AuditLogPanel.class).get(0);
    audit.show.click();

    assertThat(Components.text(audit.records))
        .contains("ian (investigator)")
        .contains("Opened the case")
        .contains("Investigation")
        .contains("20 November 2026, 14:05");
  }

  @Test
  void aCaseThatCannotBeOpenedSaysSoAndKeepsWhatWasTyped() {
    api.me = HANNAH;
    StaffCaseView view = new StaffCaseView();
    view.caseApi = api;
    view.open("PC-AAAA-AAAA", "My own reason");

    assertThat(Components.text(view)).contains("There is no case with that reference");
    FindCaseForm find = Components.all(view, FindCaseForm.class).get(0);
    assertThat(Components.all(find, ReasonField.class)).hasSize(1);
    assertThat(Components.text(view)).doesNotContain("bluebell");
  }
}

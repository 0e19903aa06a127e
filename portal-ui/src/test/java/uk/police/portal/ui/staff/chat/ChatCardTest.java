package uk.police.portal.ui.staff.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.portal.ui.staff.chat.Chats.T0;

import com.vaadin.flow.component.button.Button;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.ui.caseapi.entity.FieldError;
import uk.police.portal.ui.caseapi.entity.ReportForm;
import uk.police.portal.ui.staff.Components;
import uk.police.portal.ui.staff.FakeCaseApi;

class ChatCardTest {

  private final FakeCaseApi api = new FakeCaseApi();
  private final MutableClock clock = new MutableClock();
  private final List<CardChanged> changes = new ArrayList<>();

  private ChatCard card() {
    ChatCard card = new ChatCard(api, Chats.theft("a"), api.partnerAgencies, clock);
    card.addCardChangedListener(changes::add);
    return card;
  }

  @Test
  void aReplyIsSentOnceWithItsClientIdAndShownAsTheHandlers() {
    ChatCard card = card();
    card.arrived();
    card.composer.text.setValue("Hello, I'm Hannah. I'm sorry to hear about your bike.");

    card.composer.send.click();

    assertThat(api.sentChatMessages).hasSize(1);
    assertThat(api.sentChatMessages.get(0))
        .matches("a h-[0-9a-f-]{36} Hello, I'm Hannah\\. I'm sorry to hear about your bike\\.");
    assertThat(card.composer.text.getValue()).isEmpty();
    assertThat(Components.text(card.transcript)).contains("You").contains("✓ Sent");
    assertThat(card.arrivedTag.isVisible()).isFalse();
  }

  @Test
  void aReplyThatMayNotHaveGoneIsKeptAndSentAgainWithTheSameClientId() {
    ChatCard card = card();
    card.composer.text.setValue("Are you safe now?");
    api.unreachableNextWrite = true;

    card.composer.send.click();

    assertThat(card.composer.error.getText())
        .contains("Press Send again: it will not be sent twice.");
    assertThat(card.composer.text.getValue()).isEqualTo("Are you safe now?");
    card.composer.send.click();
    card.composer.text.setValue("Next one");
    card.composer.send.click();
    String first = api.sentChatMessages.get(0).split(" ")[1];
    String second = api.sentChatMessages.get(1).split(" ")[1];
    assertThat(api.sentChatMessages).hasSize(2);
    assertThat(api.sentChatMessages.get(0)).endsWith("Are you safe now?");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void anEmptyReplyIsNotSent() {
    ChatCard card = card();

    card.composer.send.click();

    assertThat(card.composer.text.isInvalid()).isTrue();
    assertThat(card.composer.text.getErrorMessage()).isEqualTo("Write a reply before you send it.");
    assertThat(api.sentChatMessages).isEmpty();
  }

  @Test
  void typingIsToldAtMostEveryThreeSeconds() {
    ChatCard card = card();
    card.composer.text.setValue("I am look");

    card.composer.typed();
    clock.plusSeconds(1);
    card.composer.typed();
    clock.plusSeconds(3);
    card.composer.typed();

    assertThat(api.chatSignals).containsExactly("typing a", "typing a");
  }

  @Test
  void cannedResponsesAreSearchedAndInsertedIntoTheReplyToChange() {
    ChatCard card = card();
    card.composer.text.setValue("Thank you.");

    card.canned.find("reference");

    assertThat(api.calls).contains("cannedResponses reference");
    assertThat(card.canned.message.getText()).isEqualTo("1 response found.");
    Button insert = Components.button(card.canned.results, "Insert").orElseThrow();
    assertThat(insert.getElement().getAttribute("aria-label")).isEqualTo("Insert Crime reference");
    insert.click();
    assertThat(card.composer.text.getValue())
        .isEqualTo(
            "Thank you. I have made a report. Your crime reference number will appear in this"
                + " chat.");
    assertThat(api.sentChatMessages).isEmpty();
  }

  @Test
  void aSearchWithNoMatchSaysSo() {
    ChatCard card = card();

    card.canned.find("zebra");

    assertThat(card.canned.message.getText())
        .isEqualTo("No canned response matches. Try another word.");
  }

  @Test
  void transferToAColleagueWithANoteTakesTheChatOffTheConsole() {
    ChatCard card = card();
    TransferForm form = Components.all(card, TransferForm.class).get(0);
    form.to.setValue(TransferForm.COLLEAGUE);
    form.colleague.setValue("harry");
    form.note.setValue("Speaks Polish; Harry does too.");

    form.transfer.click();

    assertThat(api.transfers).containsExactly("a to harry: Speaks Polish; Harry does too.");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).leaving()).isTrue();
    assertThat(changes.get(0).announcement()).isEqualTo("The chat was transferred to harry.");
  }

  @Test
  void aColleagueWhoCannotTakeItIsExplainedAndTheChatStays() {
    ChatCard card = card();
    TransferForm form = Components.all(card, TransferForm.class).get(0);
    form.to.setValue(TransferForm.COLLEAGUE);
    form.colleague.setValue("harry");
    api.refuseNextWrite = "Harry has no free chat slot.";

    form.transfer.click();

    assertThat(form.error.getText()).isEqualTo("Harry has no free chat slot.");
    assertThat(changes).isEmpty();
  }

  @Test
  void transferToAQueue() {
    ChatCard card = card();
    TransferForm form = Components.all(card, TransferForm.class).get(0);
    form.to.setValue("PUBLIC_PROTECTION");

    form.transfer.click();

    assertThat(api.transfers).containsExactly("a to PUBLIC_PROTECTION");
    assertThat(changes.get(0).announcement())
        .isEqualTo("The chat was transferred to the Public protection queue.");
  }

  @Test
  void referralToAPartnerAgencyFromTheListCaseApiGives() {
    ChatCard card = card();
    ReferralForm form = Components.all(card, ReferralForm.class).get(0);
    assertThat(form.agency.getListDataView().getItems().map(form.agency.getItemLabelGenerator()))
        .containsExactly("Action Fraud (0300 123 2040)", "RSPCA (0300 1234 999)");
    form.agency.setValue(api.partnerAgencies.get(0));

    form.refer.click();

    assertThat(api.referrals).containsExactly("a ACTION_FRAUD");
    assertThat(card.status.getText()).isEqualTo("The citizen was told how to reach Action Fraud.");
  }

  @Test
  void theCaseDialogIsFilledInFromTheChatAndEveryAnswerCanBeChanged() {
    CaseFromChatDialog dialog =
        new CaseFromChatDialog(api, "a", FakeCaseApi.report(), reference -> {});

    assertThat(dialog.category.getValue()).isEqualTo("THEFT");
    assertThat(dialog.whatHappened.getValue())
        .isEqualTo("My bike was taken from outside the shop.");
    assertThat(dialog.location.getValue()).isEqualTo("High Street, Leeds");
    assertThat(dialog.email.getValue()).isEqualTo("alice@example.org");

    dialog.whatHappened.setValue("My blue bike was taken from outside the corner shop.");
    dialog.occurredOn.setValue(LocalDate.of(2026, 11, 20));
    dialog.phone.setValue("");
    ReportForm form = dialog.form();

    assertThat(form.whatHappened())
        .isEqualTo("My blue bike was taken from outside the corner shop.");
    assertThat(form.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(form.contact().byPhone()).isFalse();
    assertThat(form.contact().byEmail()).isTrue();
    assertThat(form.contact().codeWord()).isEqualTo("bluebell");
  }

  @Test
  void aCaseCreatedFromTheChatShowsItsReferenceAndCannotBeCreatedTwice() {
    ChatCard card = card();
    List<String> references = new ArrayList<>();
    CaseFromChatDialog dialog =
        new CaseFromChatDialog(
            api,
            "a",
            FakeCaseApi.report(),
            reference -> {
              references.add(reference);
              card.caseCreated(reference);
            });

    dialog.create.click();

    assertThat(api.casesFromChats).hasSize(1);
    assertThat(references).containsExactly("PC-CHAT-0001");
    assertThat(card.status.getText())
        .isEqualTo(
            "Case PC-CHAT-0001 was created. The citizen has been sent the reference in the chat.");
    assertThat(card.createCase.isVisible()).isFalse();
  }

  @Test
  void whatCaseApiRefusesInTheReportIsShownBesideTheAnswer() {
    CaseFromChatDialog dialog =
        new CaseFromChatDialog(new RefusingReports(), "a", FakeCaseApi.report(), r -> {});

    dialog.create.click();

    assertThat(dialog.error.getText())
        .isEqualTo("Some answers need changing: Enter where it happened.");
    assertThat(dialog.location.isInvalid()).isTrue();
    assertThat(dialog.location.getErrorMessage()).isEqualTo("Enter where it happened");
  }

  @Test
  void endingTheChatStopsRepliesAndOffersToCloseIt() {
    ChatCard card = card();

    card.endChat();

    assertThat(api.chatSignals).containsExactly("end a");
    assertThat(card.isEnded()).isTrue();
    assertThat(card.composer.send.isEnabled()).isFalse();
    assertThat(card.endedNote.isVisible()).isTrue();
    assertThat(card.status.getText()).isEqualTo("You ended the chat.");
    card.dismiss.click();
    assertThat(changes).extracting(CardChanged::leaving).containsExactly(true);
  }

  @Test
  void theEndConfirmationOnlyEndsWhenConfirmed() {
    List<String> ended = new ArrayList<>();
    EndChatDialog dialog = new EndChatDialog(() -> ended.add("ended"));

    dialog.keep.click();
    assertThat(ended).isEmpty();
    dialog.end.click();
    assertThat(ended).containsExactly("ended");
  }

  @Test
  void aChatEndedByTheCitizenStopsReplies() {
    ChatCard card = card();

    card.message(Chats.system(9, T0.plusMinutes(4), "ENDED", "The chat has ended.", false));

    assertThat(card.isEnded()).isTrue();
    assertThat(card.composer.text.isEnabled()).isFalse();
    assertThat(card.unansweredSince()).isEmpty();
  }

  private static final class RefusingReports extends FakeCaseApi {
    @Override
    public uk.police.portal.ui.caseapi.entity.ChatCaseReceipt caseFromChat(
        String chatId, ReportForm form) {
      throw new uk.police.portal.ui.caseapi.control.CaseApiRefusedException(
          400,
          "Some answers need changing: Enter where it happened.",
          List.of(new FieldError("location", "Enter where it happened")));
    }
  }

  private static final class MutableClock extends Clock {
    private java.time.Instant now = T0.toInstant();

    void plusSeconds(long seconds) {
      now = now.plusSeconds(seconds);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}

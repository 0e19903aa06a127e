package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatMessage;
import uk.police.portal.ui.caseapi.entity.ChatReceipt;
import uk.police.portal.ui.caseapi.entity.ChatTyping;
import uk.police.portal.ui.caseapi.entity.LiveChat;
import uk.police.portal.ui.caseapi.entity.PartnerAgency;

/**
 * One of the handler's open chats: the bot's summary at the top, the messages, the reply box with
 * canned responses, and what the handler can do with the chat (transfer it, refer the citizen,
 * create a case from it, end it). Messages, typing and receipts come from the chat's stream through
 * the console; everything the handler does here is a call to case-api on their own request.
 */
class ChatCard extends Article {

  private final CaseApiClient caseApi;
  final String chatId;
  final LiveChat chat;
  final H2 heading = new H2();
  final Span priority = new Span();
  final Span arrivedTag = new Span("New chat");
  final Span oldestTag = new Span();
  final Paragraph started = new Paragraph();
  final Paragraph quickExit = new Paragraph();
  final BotSummary summary;
  final Transcript transcript;
  final Paragraph typingNote = new Paragraph();
  final Composer composer;
  final CannedResponses canned;
  final NativeDetails transfer;
  final NativeDetails refer;
  final Button createCase = new Button("Create a case from this chat");
  final Button end = new Button("End the chat");
  final Paragraph status = new Paragraph();
  final Paragraph endedNote = new Paragraph("This chat has ended.");
  final Button dismiss = new Button("Close this chat");
  private final Div actions;
  private int typingCount;
  private boolean ended;
  private String caseReference;

  ChatCard(CaseApiClient caseApi, LiveChat chat, List<PartnerAgency> agencies, Clock clock) {
    this.caseApi = caseApi;
    this.chat = chat;
    this.chatId = chat.id();
    this.caseReference = chat.caseReference();
    addClassName("chat-card");
    setId("chat-" + chatId);
    heading.setId("chat-" + chatId + "-heading");
    getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    heading.setText(
        BotSummary.label(chat.summary()) + ", started " + ChatWords.time(chat.startedAt()));
    String risk = chat.summary() != null ? chat.summary().priority() : chat.priority();
    priority.setText(ChatWords.priority(risk));
    priority.setClassName("priority-tag " + ChatWords.priorityClass(risk));
    arrivedTag.addClassName("arrived-tag");
    arrivedTag.setVisible(false);
    oldestTag.addClassName("oldest-tag");
    oldestTag.setVisible(false);
    started.setText(
        "With you since "
            + ChatWords.time(chat.assignedAt())
            + (chat.passedOverBy() == null
                ? "."
                : ". Passed over by " + chat.passedOverBy() + "."));
    quickExit.addClassName("quick-exit-warning");
    quickExit.setVisible(false);
    summary = new BotSummary(chat.summary(), chat.language());
    transcript = new Transcript(chat.assignedAt(), chat.citizenReceivedSeq());
    if (chat.rightToLeft()) {
      transcript.getElement().setAttribute("dir", "auto");
    }
    typingNote.addClassName("typing-note");
    composer = new Composer(caseApi, chatId, clock, this::sent);
    canned = new CannedResponses(caseApi, composer::insert);
    transfer = action("Transfer", new TransferForm(caseApi, chatId, this::transferred));
    refer =
        action(
            "Refer to a partner agency", new ReferralForm(caseApi, chatId, agencies, this::told));
    createCase.addClickListener(click -> openCaseDialog());
    createCase.setVisible(caseReference == null);
    end.addClickListener(click -> new EndChatDialog(this::endChat).open());
    status.addClassName("confirmation");
    status.getElement().setAttribute("role", "status");
    endedNote.setVisible(false);
    dismiss.setVisible(false);
    dismiss.addClickListener(click -> fireEvent(new CardChanged(this, true, null)));
    actions = new Div(transfer, refer, createCase, end);
    actions.addClassName("chat-actions");
    Paragraph tags = new Paragraph(arrivedTag, oldestTag, priority);
    add(heading, tags, started, quickExit, summary, transcript, typingNote, composer, canned);
    add(status, actions, endedNote, dismiss);
    if (caseReference != null) {
      status.setText("Case " + caseReference + " was created from this chat.");
    }
    if (chat.quickExitAt() != null) {
      leftInAHurry(chat.quickExitAt());
    }
  }

  private NativeDetails action(String title, Div form) {
    NativeDetails details = new NativeDetails(title, form);
    details.addClassName("action");
    return details;
  }

  /** A message from the chat's stream (or the handler's own send): shown once, in order. */
  boolean message(ChatMessage message) {
    return shown(message, transcript.add(message));
  }

  private boolean shown(ChatMessage message, boolean added) {
    if (!added) {
      return false;
    }
    switch (String.valueOf(message.kind())) {
      case "QUICK_EXIT" -> leftInAHurry(message.sentAt());
      case "ENDED" -> ended();
      default -> {}
    }
    if (message.fromCitizen()) {
      typingNote.setText("");
    }
    fireEvent(new CardChanged(this, false, null));
    return true;
  }

  /** Returns a number the console gives back to {@link #typingStopped} a few seconds later. */
  int typing(ChatTyping typing) {
    if ("CITIZEN".equals(typing.party())) {
      typingNote.setText("The citizen is typing…");
    }
    return ++typingCount;
  }

  /** Clears "typing" unless the citizen typed again since. */
  void typingStopped(int count) {
    if (count == typingCount) {
      typingNote.setText("");
    }
  }

  void receipt(ChatReceipt receipt) {
    if ("CITIZEN".equals(receipt.party())) {
      transcript.citizenReceived(receipt.seq());
    }
  }

  /** The chat just arrived: marked in words until the handler replies. */
  void arrived() {
    addClassName("arrived");
    arrivedTag.setVisible(true);
  }

  /** Marks (or unmarks) the chat whose citizen has waited longest for a reply. */
  void oldestUnanswered(OffsetDateTime since) {
    boolean oldest = since != null;
    setClassName("oldest-unanswered", oldest);
    oldestTag.setVisible(oldest);
    oldestTag.setText(
        oldest ? "Oldest unanswered message, waiting since " + ChatWords.time(since) : "");
  }

  /** When the citizen's oldest message without a reply was sent; empty once answered or ended. */
  Optional<OffsetDateTime> unansweredSince() {
    if (ended) {
      return Optional.empty();
    }
    if (transcript.size() == 0) {
      return Optional.ofNullable(chat.oldestUnansweredAt());
    }
    return transcript.unansweredSince();
  }

  boolean isEnded() {
    return ended;
  }

  String caseReference() {
    return caseReference;
  }

  String label() {
    return BotSummary.label(chat.summary());
  }

  String priorityWords() {
    return priority.getText();
  }

  private void sent(ChatMessage stored) {
    removeClassName("arrived");
    arrivedTag.setVisible(false);
    shown(stored, transcript.addSent(stored));
  }

  private void leftInAHurry(OffsetDateTime at) {
    quickExit.setText(
        "The citizen left the page in a hurry at "
            + ChatWords.time(at)
            + ". They may not be safe, or someone may be near them. The chat stays open for a"
            + " while in case they come back.");
    if (!quickExit.isVisible()) {
      quickExit.getElement().setAttribute("role", "alert");
      quickExit.setVisible(true);
    }
  }

  private void ended() {
    ended = true;
    composer.disable();
    actions.setVisible(false);
    canned.setVisible(false);
    typingNote.setText("");
    removeClassName("arrived");
    arrivedTag.setVisible(false);
    addClassName("ended");
    endedNote.setVisible(true);
    dismiss.setVisible(true);
  }

  private void transferred(String words) {
    fireEvent(new CardChanged(this, true, words));
  }

  private void told(String words) {
    status.setText(words);
  }

  void openCaseDialog() {
    try {
      new CaseFromChatDialog(caseApi, chatId, caseApi.caseDraft(chatId), this::caseCreated).open();
    } catch (CaseApiRefusedException e) {
      status.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      status.setText(
          "The report cannot be filled in from the chat right now. Please try again in a few"
              + " minutes.");
    }
  }

  void caseCreated(String reference) {
    caseReference = reference;
    createCase.setVisible(false);
    status.setText(
        "Case " + reference + " was created. The citizen has been sent the reference in the chat.");
  }

  void endChat() {
    try {
      caseApi.endAsStaff(chatId);
      ended();
      status.setText("You ended the chat.");
    } catch (CaseApiRefusedException e) {
      status.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      status.setText(ChatBoardView.UNREACHABLE);
    }
  }

  Registration addCardChangedListener(ComponentEventListener<CardChanged> listener) {
    return addListener(CardChanged.class, listener);
  }
}

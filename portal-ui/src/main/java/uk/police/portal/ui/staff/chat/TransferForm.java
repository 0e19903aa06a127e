package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatTransfer;

/**
 * Passes the chat on: back to a queue (the general one, or public protection) or to a named
 * colleague, with a note only staff read. case-api says in words when a colleague cannot take it.
 */
class TransferForm extends Div {

  static final String COLLEAGUE = "COLLEAGUE";

  private final CaseApiClient caseApi;
  private final String chatId;
  private final Consumer<String> done;
  final RadioButtonGroup<String> to = new RadioButtonGroup<>("Transfer it to");
  final TextField colleague = new TextField("Their username");
  final TextArea note = new TextArea("Note for whoever takes it (only staff see it)");
  final Button transfer = new Button("Transfer the chat");
  final Paragraph error = new Paragraph();

  /**
   * @param done told what happened, in words, once case-api has moved the chat
   */
  TransferForm(CaseApiClient caseApi, String chatId, Consumer<String> done) {
    this.caseApi = caseApi;
    this.chatId = chatId;
    this.done = done;
    addClassName("action-form");
    to.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    to.setItems("GENERAL", "PUBLIC_PROTECTION", COLLEAGUE);
    to.setItemLabelGenerator(
        choice -> COLLEAGUE.equals(choice) ? "A colleague" : ChatWords.queue(choice) + " queue");
    to.setRequiredIndicatorVisible(true);
    to.addValueChangeListener(
        change -> {
          to.setInvalid(false);
          colleague.setVisible(COLLEAGUE.equals(change.getValue()));
        });
    colleague.setVisible(false);
    colleague.setHelperText("For example harry");
    note.setWidthFull();
    note.setMaxLength(BoardChatRow.NOTE_LIMIT);
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    transfer.addClickListener(click -> transfer());
    add(to, colleague, note, error, transfer);
  }

  void transfer() {
    error.setText("");
    String choice = to.getValue();
    if (choice == null) {
      to.setErrorMessage("Choose a queue or a colleague.");
      to.setInvalid(true);
      return;
    }
    String username = colleague.getValue().strip();
    boolean toColleague = COLLEAGUE.equals(choice);
    if (toColleague && username.isEmpty()) {
      colleague.setErrorMessage("Enter your colleague's username.");
      colleague.setInvalid(true);
      return;
    }
    colleague.setInvalid(false);
    String kept = note.getValue().isBlank() ? null : note.getValue().strip();
    try {
      caseApi.transferChat(
          chatId,
          toColleague
              ? ChatTransfer.toHandler(username, kept)
              : ChatTransfer.toQueue(choice, kept));
      done.accept(
          "The chat was transferred to "
              + (toColleague ? username : "the " + ChatWords.queue(choice) + " queue")
              + ".");
    } catch (CaseApiRefusedException e) {
      error.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      error.setText(ChatBoardView.UNREACHABLE);
    }
  }
}

package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.QueueBoard.HeldChat;
import uk.police.portal.ui.caseapi.entity.QueueBoard.WaitingChat;

/**
 * One chat on the board, waiting in a queue or with a handler, and the supervisor's way to move it
 * to a queue or straight to a handler. The row stays while the board refreshes around it, so a
 * half-made choice is kept.
 */
class BoardChatRow extends ListItem {

  static final int NOTE_LIMIT = 1000;

  private final CaseApiClient caseApi;
  final String chatId;
  final Span priority = new Span();
  final Paragraph facts = new Paragraph();
  final RadioButtonGroup<MoveTarget> target = new RadioButtonGroup<>("Move it to");
  final TextArea note = new TextArea("Note for whoever takes it (staff only, optional)");
  final Button move = new Button("Move the chat");
  final Paragraph error = new Paragraph();
  final NativeDetails details;
  private List<MoveTarget> targets = List.of();

  BoardChatRow(CaseApiClient caseApi, String chatId) {
    this.caseApi = caseApi;
    this.chatId = chatId;
    addClassName("waiting-chat");
    priority.addClassName("priority-tag");
    target.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    target.setItemLabelGenerator(MoveTarget::label);
    target.setRequiredIndicatorVisible(true);
    target.addValueChangeListener(e -> target.setInvalid(false));
    note.setWidthFull();
    note.setMaxLength(NOTE_LIMIT);
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    move.addClickListener(e -> move());
    Div form = new Div(target, note, error, move);
    form.addClassName("action-form");
    details = new NativeDetails("Move this chat", form);
    details.addClassName("action");
    add(new Paragraph(priority), facts, details);
  }

  void show(String queue, WaitingChat chat, List<ChatHandler> handlers) {
    showPriority(chat.priority());
    String passedOver =
        chat.passedOverBy() == null ? "" : " Passed over by " + chat.passedOverBy() + ".";
    facts.setText(
        ChatWords.code(chat.category())
            + ". Waiting "
            + ChatWords.waiting(chat.waitingSeconds())
            + "."
            + passedOver);
    offer(targets(queue, handlers));
  }

  /** A chat a handler has: it may go to either queue or to any other handler. */
  void show(HeldChat chat, List<ChatHandler> handlers) {
    showPriority(chat.priority());
    facts.setText(
        ChatWords.code(chat.category())
            + ", from the "
            + ChatWords.queue(chat.queue())
            + " queue. With them for "
            + ChatWords.waiting(chat.withHandlerSeconds())
            + ".");
    List<MoveTarget> all = new ArrayList<>();
    ChatBoardView.QUEUES.forEach(queue -> all.add(MoveTarget.queue(queue)));
    handlers.stream()
        .filter(handler -> !handler.username().equals(chat.handler()))
        .forEach(handler -> all.add(MoveTarget.handler(handler)));
    offer(all);
  }

  private void showPriority(String code) {
    priority.setText(ChatWords.priority(code));
    priority.setClassName("priority-tag " + ChatWords.priorityClass(code));
  }

  private void offer(List<MoveTarget> now) {
    if (!now.equals(targets)) {
      MoveTarget chosen = target.getValue();
      targets = now;
      target.setItems(now);
      if (chosen != null && now.contains(chosen)) {
        target.setValue(chosen);
      }
    }
  }

  /** The other queues first, then every handler, busy or not: case-api says who cannot take it. */
  private static List<MoveTarget> targets(String queue, List<ChatHandler> handlers) {
    List<MoveTarget> all = new ArrayList<>();
    for (String other : ChatBoardView.QUEUES) {
      if (!other.equals(queue)) {
        all.add(MoveTarget.queue(other));
      }
    }
    handlers.forEach(handler -> all.add(MoveTarget.handler(handler)));
    return all;
  }

  void move() {
    MoveTarget chosen = target.getValue();
    error.setText("");
    if (chosen == null) {
      target.setErrorMessage("Choose a queue or a handler.");
      target.setInvalid(true);
      return;
    }
    try {
      caseApi.transferChat(chatId, chosen.transfer(note.getValue()));
      fireEvent(new BoardChanged(this, "The chat was moved to " + chosen.name() + "."));
    } catch (CaseApiRefusedException e) {
      error.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      error.setText(ChatBoardView.UNREACHABLE);
    }
  }

  Registration addBoardChangedListener(ComponentEventListener<BoardChanged> listener) {
    return addListener(BoardChanged.class, listener);
  }
}

package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatHandler;
import uk.police.portal.ui.caseapi.entity.HandlerSettings;
import uk.police.portal.ui.caseapi.entity.QueueBoard.HeldChat;

/**
 * One contact handler on the board: availability, load, queues, when last seen, the chats they have
 * (each of which the supervisor can move); and the supervisor's change to their limit and queues.
 * While the change is open, refreshes leave what the supervisor typed alone.
 */
class HandlerRow extends ListItem {

  static final int MOST_CHATS = 10;

  private final CaseApiClient caseApi;
  final String username;
  final H3 name = new H3();
  final Paragraph facts = new Paragraph();
  final IntegerField limit = new IntegerField("Chats at once (1 to " + MOST_CHATS + ")");
  final CheckboxGroup<String> skills = new CheckboxGroup<>("Queues they take chats from");
  final Button save = new Button("Save the change");
  final Paragraph error = new Paragraph();
  final NativeDetails details;
  final UnorderedList chats = new UnorderedList();
  final ChatRows chatRows;

  HandlerRow(CaseApiClient caseApi, String username, Function<String, BoardChatRow> newChatRow) {
    this.caseApi = caseApi;
    this.username = username;
    this.chatRows = new ChatRows(chats, newChatRow);
    chats.addClassName("waiting-chats");
    chats.getElement().setAttribute("aria-label", "Their chats");
    addClassName("chat-handler");
    limit.setMin(1);
    limit.setMax(MOST_CHATS);
    limit.setStepButtonsVisible(true);
    limit.setRequiredIndicatorVisible(true);
    skills.setItems(ChatBoardView.QUEUES);
    skills.setItemLabelGenerator(ChatWords::queue);
    skills.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    save.addClickListener(e -> save());
    Div form = new Div(limit, skills, error, save);
    form.addClassName("action-form");
    details = new NativeDetails("Change their limit or queues", form);
    details.addClassName("action");
    add(name, facts, chats, details);
  }

  void show(ChatHandler handler, List<HeldChat> held, List<ChatHandler> everyone) {
    show(handler);
    List<BoardChatRow> kept = chatRows.keep(held.stream().map(HeldChat::chatId).toList());
    for (int i = 0; i < held.size(); i++) {
      kept.get(i).show(held.get(i), everyone);
    }
    chats.setVisible(!held.isEmpty());
  }

  private void show(ChatHandler handler) {
    name.setText(MoveTarget.firstName(handler) + " (" + handler.username() + ")");
    facts.setText(
        ChatWords.availability(handler.availability())
            + ". "
            + handler.activeChats()
            + " of "
            + handler.chatLimit()
            + " chats. Queues: "
            + ChatWords.queues(handler.skills())
            + ". Last seen "
            + ChatWords.time(handler.lastSeenAt())
            + ".");
    if (!details.isOpen()) {
      limit.setValue(handler.chatLimit());
      skills.setValue(new LinkedHashSet<>(handler.skills()));
    }
  }

  void save() {
    error.setText("");
    Integer chats = limit.getValue();
    boolean limitOk = chats != null && chats >= 1 && chats <= MOST_CHATS;
    limit.setErrorMessage(limitOk ? null : "Enter a number from 1 to " + MOST_CHATS + ".");
    limit.setInvalid(!limitOk);
    boolean skillsOk = !skills.getValue().isEmpty();
    skills.setErrorMessage(skillsOk ? null : "Choose at least one queue.");
    skills.setInvalid(!skillsOk);
    if (!limitOk || !skillsOk) {
      return;
    }
    List<String> chosen =
        ChatBoardView.QUEUES.stream().filter(skills.getValue()::contains).toList();
    try {
      caseApi.changeHandler(username, new HandlerSettings(chats, chosen));
      details.setOpen(false);
      fireEvent(
          new BoardChanged(
              this,
              name.getText()
                  + " now takes up to "
                  + ChatWords.plural(chats, "chat")
                  + " from "
                  + ChatWords.queues(chosen)
                  + "."));
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

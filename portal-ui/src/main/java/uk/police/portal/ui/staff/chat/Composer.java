package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiClient;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatMessage;

/**
 * The handler's reply box. The citizen is told the handler is typing at most every few seconds. A
 * send that may not have arrived keeps its words and its client id, so pressing Send again stores
 * it once.
 */
class Composer extends Div {

  static final int MESSAGE_LIMIT = 2000;

  /** The citizen's page shows "typing" for a few seconds; saying it again sooner adds nothing. */
  static final Duration TYPING_EVERY = Duration.ofSeconds(3);

  private final CaseApiClient caseApi;
  private final String chatId;
  private final Clock clock;
  private final Consumer<ChatMessage> sent;
  final TextArea text = new TextArea("Your reply");
  final Button send = new Button("Send");
  final Paragraph error = new Paragraph();
  private String clientId = newClientId();
  private Instant lastTyping = Instant.EPOCH;

  Composer(CaseApiClient caseApi, String chatId, Clock clock, Consumer<ChatMessage> sent) {
    this.caseApi = caseApi;
    this.chatId = chatId;
    this.clock = clock;
    this.sent = sent;
    addClassName("composer");
    text.setWidthFull();
    text.setMinRows(2);
    text.setMaxLength(MESSAGE_LIMIT);
    text.setHelperText("Ctrl+Enter sends it.");
    // Changes reach the server at most once a second while the handler types: enough for "typing".
    text.setValueChangeMode(ValueChangeMode.TIMEOUT);
    text.setValueChangeTimeout(1000);
    text.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            typed();
          }
        });
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(click -> send());
    send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
    error.addClassName("action-error");
    error.getElement().setAttribute("role", "alert");
    add(text, error, send);
  }

  /** Typing is a courtesy: if case-api cannot be told, the reply still goes. */
  void typed() {
    Instant now = clock.instant();
    if (text.getValue().isBlank() || now.isBefore(lastTyping.plus(TYPING_EVERY))) {
      return;
    }
    lastTyping = now;
    try {
      caseApi.handlerTyping(chatId);
    } catch (CaseApiRefusedException | CaseApiUnavailableException ignored) {
      // Nothing to tell the handler: the citizen just does not see "typing".
    }
  }

  void send() {
    String words = text.getValue().strip();
    error.setText("");
    if (words.isEmpty()) {
      text.setErrorMessage("Write a reply before you send it.");
      text.setInvalid(true);
      return;
    }
    text.setInvalid(false);
    try {
      ChatMessage stored = caseApi.sendAsHandler(chatId, clientId, words);
      text.clear();
      clientId = newClientId();
      lastTyping = Instant.EPOCH;
      sent.accept(stored);
    } catch (CaseApiRefusedException e) {
      error.setText(e.getMessage());
    } catch (CaseApiUnavailableException e) {
      error.setText(
          "We could not reach the chat system, so your reply may not have gone. Press Send"
              + " again: it will not be sent twice.");
    }
  }

  /** Puts a canned response into the reply for the handler to change before sending. */
  void insert(String words) {
    String now = text.getValue();
    text.setValue(now.isBlank() ? words : now.stripTrailing() + " " + words);
    text.focus();
  }

  void disable() {
    text.setEnabled(false);
    send.setEnabled(false);
  }

  private static String newClientId() {
    return "h-" + UUID.randomUUID();
  }
}

package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.Optional;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.NativeTextArea;

/**
 * The message box with Send and End chat; ending asks "Are you sure?" in place (no pop-up, so focus
 * and screen readers stay on the page).
 */
class ChatComposer extends Div {

  static final int MOST_CHARACTERS = 2_000;

  final NativeTextArea input = new NativeTextArea();
  final Paragraph problem = new Paragraph();
  final NativeButton send = Buttons.primary("Send");
  final NativeButton end = Buttons.secondary("End chat");
  final Div confirmEnd = new Div();
  final NativeButton endYes = Buttons.primary("Yes, end the chat");
  final NativeButton endNo = Buttons.secondary("No, go back to the chat");

  ChatComposer() {
    addClassName("chat-composer");
    input.setId("chat-input");
    input.addClassName("textarea");
    input.getElement().setAttribute("rows", "3");
    input.getElement().setAttribute("name", "chat-input");
    NativeLabel label = new NativeLabel("Your message");
    label.setFor("chat-input");
    label.addClassName("label");
    problem.setId("chat-input-problem");
    problem.addClassName("error-message");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    send.setId("chat-send");
    end.setId("chat-end");
    end.addClickListener(click -> askToEnd());
    endYes.setId("chat-end-confirm");
    endNo.setId("chat-end-cancel");
    endNo.addClickListener(click -> keepChatting());
    confirmEnd.setId("chat-end-confirmation");
    confirmEnd.add(new Paragraph("Are you sure you want to end this chat?"), endYes, endNo);
    confirmEnd.setVisible(false);
    Div buttons = new Div(send, end);
    buttons.addClassName("chat-composer__buttons");
    add(label, problem, input, buttons, confirmEnd);
  }

  /** The words to send, taken out of the box; empty (and why, beside the box) when not sendable. */
  Optional<String> take() {
    String text = input.getValue() == null ? "" : input.getValue().strip();
    if (text.isEmpty()) {
      problem("Enter a message");
      return Optional.empty();
    }
    if (text.length() > MOST_CHARACTERS) {
      problem(
          "Your message must be 2,000 characters or fewer. It has "
              + String.format(Locale.UK, "%,d", text.length())
              + ".");
      return Optional.empty();
    }
    problem.setVisible(false);
    input.getElement().removeAttribute("aria-describedby");
    input.setValue("");
    return Optional.of(text);
  }

  void problem(String message) {
    problem.setText(message);
    problem.setVisible(true);
    input.getElement().setAttribute("aria-describedby", "chat-input-problem");
  }

  void askToEnd() {
    confirmEnd.setVisible(true);
    end.setVisible(false);
    endYes.getElement().executeJs("this.focus()");
  }

  void keepChatting() {
    confirmEnd.setVisible(false);
    end.setVisible(true);
    end.getElement().executeJs("this.focus()");
  }

  /** The language and direction of what is typed: the chat's. */
  void writtenIn(String language, String direction) {
    input.getElement().setAttribute("dir", direction);
    if (language != null) {
      input.getElement().setAttribute("lang", language);
    }
  }
}

package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.TextQuestion;

/** "Email me a copy" of an ended chat: an address (the account's when signed in) and a button. */
class TranscriptEmailForm extends Div {

  static final String ENTER = "Enter your email address";
  static final String FORMAT =
      "Enter an email address in the correct format, like name@example.com";

  /** Something, an @, something with a dot: the mail server decides the rest. */
  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  final TextQuestion email =
      TextQuestion.of(
          "transcript-email",
          "Email address",
          "We will send the messages of this chat to this address only. Do not use an email"
              + " address someone else can read if that could put you at risk.",
          TextQuestion.Kind.EMAIL);
  final NativeButton send = Buttons.secondary("Email me a copy");
  final Paragraph done = new Paragraph();
  private final Consumer<String> sender;

  /** {@code sender} emails the transcript; it may be refused in case-api's words. */
  TranscriptEmailForm(String accountEmail, Consumer<String> sender) {
    this.sender = sender;
    addClassName("chat-transcript-email");
    send.setId("transcript-send");
    send.addClickListener(click -> send());
    done.setId("transcript-sent");
    done.getElement().setAttribute("role", "status");
    email.setValue(accountEmail);
    add(new H2("Email me a copy"), email, send, done);
  }

  void send() {
    String address = email.value().strip();
    email.clearError();
    done.setText("");
    if (address.isEmpty()) {
      email.showError(ENTER);
      return;
    }
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      email.showError(FORMAT);
      return;
    }
    try {
      sender.accept(address);
      done.setText("We have sent a copy of this chat to " + address + ".");
    } catch (CaseApiRefusedException refused) {
      email.showError(refused.getMessage());
    } catch (CaseApiUnavailableException down) {
      email.showError("Sorry, we cannot send emails right now. Try again in a few minutes.");
    }
  }
}

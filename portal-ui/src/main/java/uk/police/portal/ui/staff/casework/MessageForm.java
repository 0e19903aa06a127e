package uk.police.portal.ui.staff.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import uk.police.portal.ui.caseapi.control.CaseApiClient;

/** A secure message to the victim, read when they sign in (never in an email). */
class MessageForm extends ActionForm {

  final TextArea text = textArea("Message to the victim");
  final Button send = new Button("Send the message");

  MessageForm(CaseApiClient caseApi, String reference) {
    super(caseApi, reference);
    send.addClickListener(e -> send());
    add(text, error, send);
  }

  void send() {
    if (!filledIn(text, "Write the message before you send it.")) {
      return;
    }
    submit(
        () -> caseApi.sendMessage(reference, text.getValue()),
        reloaded -> "Your message was sent.");
  }
}

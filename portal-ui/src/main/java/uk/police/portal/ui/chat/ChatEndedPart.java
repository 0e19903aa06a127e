package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.entity.ChatSurvey;
import uk.police.portal.ui.form.Buttons;

/** Below the transcript of an ended chat: a copy by email, the survey, and a new chat. */
class ChatEndedPart extends Div {

  final TranscriptEmailForm email;
  final ChatSurveyForm survey;
  final NativeButton again = Buttons.secondary("Start a new chat");

  ChatEndedPart(
      String accountEmail,
      Consumer<String> emailer,
      Consumer<ChatSurvey> surveyor,
      Runnable startAgain) {
    setId("chat-ended-part");
    H2 heading = new H2("This chat has ended");
    heading.setId("chat-ended");
    email = new TranscriptEmailForm(accountEmail, emailer);
    survey = new ChatSurveyForm(surveyor);
    again.setId("chat-start-again");
    again.addClickListener(click -> startAgain.run());
    add(
        heading,
        new Paragraph("The messages are above. You can have a copy by email."),
        email,
        survey,
        again);
  }
}

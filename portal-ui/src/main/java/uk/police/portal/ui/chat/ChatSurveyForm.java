package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import uk.police.portal.ui.caseapi.control.CaseApiRefusedException;
import uk.police.portal.ui.caseapi.control.CaseApiUnavailableException;
import uk.police.portal.ui.caseapi.entity.ChatSurvey;
import uk.police.portal.ui.form.Buttons;
import uk.police.portal.ui.form.ChoiceQuestion;

/** Three short questions after a chat; every one may be left out. */
class ChatSurveyForm extends Div {

  static final String THANKS = "Thank you for your answers. They help us improve this service.";
  static final String NOTHING = "Choose at least one answer, or leave these questions out";

  final ChoiceQuestion rating =
      ChoiceQuestion.radios("survey-rating", "How good was this chat?", null, false)
          .option("1", "Very poor")
          .option("2", "Poor")
          .option("3", "OK")
          .option("4", "Good")
          .option("5", "Excellent");
  final ChoiceQuestion again =
      ChoiceQuestion.radios("survey-again", "Would you use online chat again?", null, false)
          .option("yes", "Yes")
          .option("no", "No");
  final ChoiceQuestion phoned =
      ChoiceQuestion.radios(
              "survey-101", "If this chat was not here, would you have phoned 101?", null, false)
          .option("yes", "Yes")
          .option("no", "No")
          .option("not-sure", "Not sure");
  final NativeButton send = Buttons.secondary("Send your answers");
  final Paragraph problem = new Paragraph();
  final Div questions = new Div();
  final Paragraph thanks = new Paragraph(THANKS);
  private final Consumer<ChatSurvey> sender;

  ChatSurveyForm(Consumer<ChatSurvey> sender) {
    this.sender = sender;
    addClassName("chat-survey");
    setId("chat-survey");
    send.setId("survey-send");
    send.addClickListener(click -> send());
    problem.addClassName("error-message");
    problem.setId("survey-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    thanks.setId("survey-thanks");
    thanks.getElement().setAttribute("role", "status");
    thanks.setVisible(false);
    questions.add(
        new Paragraph("Tell us what you thought. You do not have to answer."),
        rating,
        again,
        phoned,
        problem,
        send);
    add(new H2("Tell us about this chat"), questions, thanks);
  }

  ChatSurvey answers() {
    return new ChatSurvey(
        rating.selected().map(Integer::valueOf).orElse(null),
        again.selected().map("yes"::equals).orElse(null),
        phoned.selected().filter(v -> !v.equals("not-sure")).map("yes"::equals).orElse(null));
  }

  void send() {
    ChatSurvey answers = answers();
    boolean unsure = phoned.selected().isPresent();
    if (answers.rating() == null && answers.wouldUseAgain() == null && !unsure) {
      problem.setText(NOTHING);
      problem.setVisible(true);
      return;
    }
    try {
      sender.accept(answers);
      thank();
    } catch (CaseApiRefusedException refused) {
      if (refused.status() == 409) {
        thank(); // answered already, from another tab
        return;
      }
      problem.setText(refused.getMessage());
      problem.setVisible(true);
    } catch (CaseApiUnavailableException down) {
      problem.setText("Sorry, we cannot take your answers right now. Try again in a few minutes.");
      problem.setVisible(true);
    }
  }

  private void thank() {
    questions.setVisible(false);
    thanks.setVisible(true);
  }
}

package uk.police.portal.ui.chat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import uk.police.portal.ui.form.Buttons;

/**
 * Before a chat: when not to use it (999), what happens in it, that a record is kept, and in plain
 * words what the quick exit does and does not do.
 */
class ChatStartPage extends Div {

  static final String NOT_WORKING =
      "Sorry, the chat is not working right now. Try again in a few minutes.";

  final NativeButton start = Buttons.primary("Start a chat");
  final Paragraph problem = new Paragraph();

  ChatStartPage(Runnable onStart) {
    setId("chat-start-page");
    start.setId("chat-start");
    start.addClickListener(click -> onStart.run());
    problem.setId("chat-start-problem");
    problem.addClassName("error-message");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    Div warning =
        new Div(new Paragraph("If you are in danger now, call 999. Do not use this chat."));
    warning.addClassName("warning");
    warning.getElement().setAttribute("role", "note");
    add(
        new H1("Chat with us"),
        warning,
        new Paragraph(
            "Our chatbot will ask you a few questions about what happened. If you need to talk"
                + " to someone, it will pass you to a member of our contact team, who can see"
                + " what you have told the chatbot."),
        new Paragraph(
            "You do not need to sign in. We keep a record of the chat, as we do with phone"
                + " calls."),
        exitHelp(),
        problem,
        start);
  }

  private static Div exitHelp() {
    Div exit = new Div();
    exit.addClassName("chat-exit-help");
    exit.setId("chat-exit-help");
    exit.add(
        new H2("Leaving this page quickly"),
        new Paragraph(
            "If someone might see what you are doing, you can leave this website at any time:"
                + " select \"Exit this page\" at the top, or press the Shift key 3 times. The"
                + " page changes straight away to the BBC weather website."),
        new Paragraph(
            "The chat disappears from this browser, so pressing Back will not show it. We tell"
                + " the person you were chatting with that you had to leave quickly."),
        new Paragraph(
            "It does not delete your browsing history. If you need to, clear your history or"
                + " use a private browsing window."));
    return exit;
  }

  void notWorking() {
    problem.setText(NOT_WORKING);
    problem.setVisible(true);
  }

  void clearProblem() {
    problem.setVisible(false);
  }
}

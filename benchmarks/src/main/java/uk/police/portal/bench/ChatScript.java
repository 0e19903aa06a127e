package uk.police.portal.bench;

import java.util.List;

/**
 * What a bench citizen says to the triage bot: a bike theft, told in a few short answers that end
 * in a hand-over to a contact handler (7 messages with today's bot). It answers by what the bot
 * asks rather than by position, so a bot that asks one question more or less still hands over: the
 * first yes/no question is the danger check (no), the later ones confirm the category and accept a
 * person (yes), a list of categories gets its first choice, and the handler's questions get the
 * answers below in turn, then "No".
 */
final class ChatScript {

  static final String DESCRIPTION =
      "Someone stole my bike from outside the shop on the high street yesterday";

  private static final List<String> ANSWERS =
      List.of("Yesterday at about 3pm", "Outside the shop on the high street", "No", "By email");

  private boolean described;
  private int yesNoQuestions;
  private int questions;

  /** The answer to the bot's message with these choice values (empty: a free-text question). */
  String answer(List<String> choices) {
    if (!described) {
      described = true;
      return DESCRIPTION;
    }
    if (choices.contains("yes") && choices.contains("no")) {
      return yesNoQuestions++ == 0 ? "no" : "yes";
    }
    if (!choices.isEmpty()) {
      return choices.get(0);
    }
    return questions < ANSWERS.size() ? ANSWERS.get(questions++) : "No";
  }
}

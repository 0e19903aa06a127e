package uk.police.portal.ui.staff.chat;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import uk.police.portal.ui.caseapi.entity.LiveChat;

/**
 * What the bot found before it handed the chat over, at the top of the chat so the handler need not
 * scroll back: the category, the risk, a safety rule that fired, signs of vulnerability, the bot's
 * questions with the citizen's answers, and the language.
 */
class BotSummary extends Div {

  final DescriptionList facts = new DescriptionList();
  final DescriptionList answers = new DescriptionList();

  BotSummary(LiveChat.Summary summary, String chatLanguage) {
    addClassName("bot-summary");
    add(new H3("What the bot found"));
    if (summary == null) {
      add(new Paragraph("The bot left no summary. Read the messages below."));
      return;
    }
    fact(facts, "Category", label(summary));
    fact(facts, "Risk", ChatWords.priority(summary.priority()));
    if (summary.safetyRule() != null && !summary.safetyRule().isBlank()) {
      fact(facts, "Safety rule", ChatWords.code(summary.safetyRule()));
    }
    fact(
        facts,
        "Vulnerabilities",
        summary.vulnerabilities() == null || summary.vulnerabilities().isEmpty()
            ? "None noted"
            : String.join(", ", summary.vulnerabilities().stream().map(ChatWords::code).toList()));
    fact(
        facts,
        "Language",
        language(summary.language() != null ? summary.language() : chatLanguage));
    add(facts);
    if (summary.answers() != null && !summary.answers().isEmpty()) {
      answers.addClassName("bot-answers");
      summary.answers().forEach(answer -> fact(answers, answer.question(), answer.answer()));
      add(new H3("The bot's questions and the answers"), answers);
    }
  }

  static String label(LiveChat.Summary summary) {
    if (summary == null) {
      return "Chat";
    }
    return summary.categoryLabel() != null && !summary.categoryLabel().isBlank()
        ? summary.categoryLabel()
        : ChatWords.code(summary.category());
  }

  /** "en" becomes "English"; a code Java does not know stays as it is. */
  static String language(String code) {
    if (code == null || code.isBlank()) {
      return "Not known";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
    return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
  }

  private static void fact(DescriptionList list, String term, String description) {
    list.add(
        new DescriptionList.Term(term),
        new DescriptionList.Description(description == null ? "" : description));
  }
}

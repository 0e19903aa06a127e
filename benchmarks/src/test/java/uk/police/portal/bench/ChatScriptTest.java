package uk.police.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.triage.boundary.Conversation;
import uk.police.portal.chatbot.triage.boundary.Triage;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Choice;
import uk.police.portal.chatbot.triage.entity.Outcome;
import uk.police.portal.chatbot.triage.entity.Priority;

class ChatScriptTest {

  @Test
  void theScriptTalksTheRealBotIntoAStandardTheftHandOverInAFewMessages() {
    Conversation bot = new Conversation(Triage.load(), Clock.systemUTC());
    ChatScript citizen = new ChatScript();
    BotReply reply = bot.start("en");
    int messages = 0;
    while (reply.outcome() == null && messages < 12) {
      reply = bot.reply(citizen.answer(reply.choices().stream().map(Choice::value).toList()));
      messages++;
    }
    assertThat(reply.outcome()).isEqualTo(Outcome.HANDED_OVER);
    assertThat(reply.handOver().category()).isEqualTo(Category.THEFT);
    assertThat(reply.handOver().priority()).isEqualTo(Priority.STANDARD);
    assertThat(messages).isLessThanOrEqualTo(8);
  }

  @Test
  void aListOfCategoriesGetsItsFirstChoiceAndYesNoQuestionsGetNoThenYes() {
    ChatScript citizen = new ChatScript();
    assertThat(citizen.answer(List.of())).isEqualTo(ChatScript.DESCRIPTION);
    assertThat(citizen.answer(List.of("THEFT", "BURGLARY"))).isEqualTo("THEFT");
    assertThat(citizen.answer(List.of("yes", "no"))).isEqualTo("no");
    assertThat(citizen.answer(List.of("yes", "no"))).isEqualTo("yes");
    assertThat(citizen.answer(List.of())).isEqualTo("Yesterday at about 3pm");
  }
}

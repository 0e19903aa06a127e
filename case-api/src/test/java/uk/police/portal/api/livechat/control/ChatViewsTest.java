package uk.police.portal.api.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatHandler;
import uk.police.portal.api.livechat.entity.ChatState;
import uk.police.portal.api.livechat.entity.ChatToken;
import uk.police.portal.api.livechat.entity.ChatView;
import uk.police.portal.api.livechat.entity.QueuePlace;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.triage.boundary.Conversation;
import uk.police.portal.chatbot.triage.boundary.Triage;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.Priority;

class ChatViewsTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-21T10:00:00Z");
  private static final Triage TRIAGE = Triage.load();

  /** A chat handed over after a real theft conversation with the bot. */
  private static Chat handedOverTheft() {
    Conversation bot =
        new Conversation(
            TRIAGE, Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));
    bot.start("en");
    BotReply last = null;
    for (String text :
        new String[] {
          "someone stole my bike from outside the library",
          "no",
          "yes",
          "this morning about 9",
          "Central Library, Broad Street",
          "I use a wheelchair and it was my only way to get about",
          "07700 900123"
        }) {
      last = bot.reply(text);
    }
    Chat chat = Chat.start(ChatToken.random().sha256(), null, null, "en", NOW);
    chat.handOver(
        HandOverSummary.write(last.handOver()),
        ChatQueue.forHandOver(last.handOver()),
        last.handOver().priority(),
        last.handOver().language(),
        NOW.plusMinutes(3));
    return chat;
  }

  @Test
  void theCitizenSeesTheirPlaceInTheQueueButNotTheSummary() {
    Chat chat = handedOverTheft();

    ChatView view = ChatViews.citizenView(chat, Optional.of(new QueuePlace(3, 240)), null);

    assertThat(view.state()).isEqualTo(ChatState.WAITING);
    assertThat(view.queue()).isEqualTo("GENERAL");
    assertThat(view.queuePosition()).isEqualTo(3);
    assertThat(view.estimatedWaitSeconds()).isEqualTo(240);
    assertThat(view.summary()).isNull();
    assertThat(view.handlerUsername()).isNull();
    assertThat(view.passedOverBy()).isNull();
    assertThat(view.oldestUnansweredAt()).isNull();
  }

  @Test
  void staffSeeTheBotsSummaryWithQuestionsInPlainEnglish() {
    Chat chat = handedOverTheft();

    ChatView view = ChatViews.staffView(chat, Optional.empty(), null, null);

    ChatView.Summary summary = view.summary();
    assertThat(summary.category()).isEqualTo("THEFT");
    assertThat(summary.categoryLabel()).isNotBlank();
    assertThat(summary.priority()).isEqualTo(view.priority());
    assertThat(summary.language()).isEqualTo("en");
    assertThat(summary.safetyRule()).isNull();
    assertThat(summary.answers())
        .contains(
            new ChatView.Answer("When did it happen?", "this morning about 9"),
            new ChatView.Answer("Where did it happen?", "Central Library, Broad Street"));
    assertThat(view.queuePosition()).isNull();
  }

  @Test
  void aVulnerableVictimRaisesThePriorityAndStaffSeeWhy() {
    Chat chat = handedOverTheft();

    ChatView view = ChatViews.staffView(chat, Optional.empty(), null, null);

    assertThat(view.priority()).isEqualTo(Priority.HIGH_RISK.name());
    assertThat(view.summary().vulnerabilities()).isNotEmpty();
  }

  @Test
  void anAssignedChatShowsTheHandlersFirstNameToTheCitizenAndTheUsernameToStaff() {
    Chat chat = handedOverTheft();
    ChatHandler hannah = new ChatHandler("hannah", "Hannah", 4, Set.of(ChatQueue.GENERAL), NOW);
    hannah.changeAvailability(uk.police.portal.api.livechat.entity.Availability.AVAILABLE, NOW);
    chat.assignTo(hannah, NOW.plusMinutes(5), java.time.Duration.ofMinutes(2));
    OffsetDateTime unanswered = NOW.plusMinutes(6);

    ChatView citizen = ChatViews.citizenView(chat, Optional.empty(), "Hannah");
    ChatView staff = ChatViews.staffView(chat, Optional.empty(), "Hannah", unanswered);

    assertThat(citizen.handlerFirstName()).isEqualTo("Hannah");
    assertThat(citizen.handlerUsername()).isNull();
    assertThat(staff.handlerUsername()).isEqualTo("hannah");
    assertThat(staff.assignedAt()).isEqualTo(NOW.plusMinutes(5));
    assertThat(staff.oldestUnansweredAt()).isEqualTo(unanswered);
  }

  @Test
  void arabicAndUrduAreWrittenRightToLeft() {
    Chat arabic = Chat.start(ChatToken.random().sha256(), null, null, "ar", NOW);
    Chat english = Chat.start(ChatToken.random().sha256(), null, null, "en", NOW);

    assertThat(ChatViews.citizenView(arabic, Optional.empty(), null).rightToLeft()).isTrue();
    assertThat(ChatViews.citizenView(english, Optional.empty(), null).rightToLeft()).isFalse();
  }

  @Test
  void aChatWithTheBotHasNoSummaryYet() {
    Chat chat = Chat.start(ChatToken.random().sha256(), null, null, "en", NOW);

    assertThat(ChatViews.staffView(chat, Optional.empty(), null, null).summary()).isNull();
  }
}

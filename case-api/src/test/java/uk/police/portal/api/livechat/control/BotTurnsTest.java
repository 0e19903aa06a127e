package uk.police.portal.api.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.triage.boundary.Conversation;
import uk.police.portal.chatbot.triage.boundary.Triage;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.Outcome;

/**
 * The bot keeps no state between messages: every turn replays the chat. That only works if a replay
 * says exactly what the live conversation said, at every step, whenever it is replayed.
 */
class BotTurnsTest {

  private static final Triage TRIAGE = Triage.load();

  private static Supplier<Conversation> at(String instant) {
    return () -> new Conversation(TRIAGE, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private static void replaysMatchTheLiveConversation(String language, List<String> said) {
    Conversation live = at("2026-11-21T10:00:00Z").get();
    List<BotReply> liveReplies = new ArrayList<>();
    liveReplies.add(live.start(language));
    said.forEach(text -> liveReplies.add(live.reply(text)));

    for (int turn = 0; turn <= said.size(); turn++) {
      BotReply replayed =
          BotTurns.replay(at("2026-11-22T18:30:00Z"), language, said.subList(0, turn));
      BotReply expected = liveReplies.get(turn);
      assertThat(replayed.text()).as("turn %d", turn).isEqualTo(expected.text());
      assertThat(replayed.choices()).as("turn %d", turn).isEqualTo(expected.choices());
      assertThat(replayed.outcome()).as("turn %d", turn).isEqualTo(expected.outcome());
      assertThat(replayed.emergency()).as("turn %d", turn).isEqualTo(expected.emergency());
      if (expected.handOver() != null) {
        assertThat(HandOverSummary.write(replayed.handOver()))
            .isEqualTo(HandOverSummary.write(expected.handOver()));
      }
    }
  }

  @Test
  void aTheftReplayedAtAnyTurnAnswersAsTheLiveConversationDid() {
    List<String> said =
        List.of(
            "someone stole my bike from outside the library",
            "no",
            "yes",
            "this morning about 9",
            "Central Library, Broad Street",
            "no",
            "07700 900123");
    replaysMatchTheLiveConversation("en", said);
    assertThat(BotTurns.replay(at("2026-11-21T10:00:00Z"), "en", said).outcome())
        .isEqualTo(Outcome.HANDED_OVER);
  }

  @Test
  void anEmergencyAndAReferralReplayTheSame() {
    replaysMatchTheLiveConversation("en", List.of("my ex is outside my door with a knife"));
    replaysMatchTheLiveConversation(
        "en",
        List.of(
            "I was scammed on facebook marketplace, paid £200 for a phone that never came",
            "no",
            "yes",
            "no thanks"));
  }

  @Test
  void aConversationInAnotherLanguageAndAnUnusableMessageReplayTheSame() {
    replaysMatchTheLiveConversation(
        "pl", List.of("???", "Ktoś ukradł mi rower spod biblioteki", "nie", "tak"));
  }

  @Test
  void repeatedReplaysOfTheSameChatAgree() {
    List<String> said = List.of("my phone got snatched out of my hand on the high street", "no");
    BotReply first = BotTurns.replay(at("2026-11-21T10:00:00Z"), "en", said);
    for (int i = 0; i < 5; i++) {
      assertThat(BotTurns.replay(at("2026-11-21T10:00:00Z"), "en", said)).isEqualTo(first);
    }
  }
}

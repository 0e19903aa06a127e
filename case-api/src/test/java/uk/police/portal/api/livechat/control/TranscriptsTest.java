package uk.police.portal.api.livechat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.ChatToken;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.Sender;

class TranscriptsTest {

  @Test
  void theTranscriptIsWhatTheCitizenSawInUkTime() {
    // 21 July: British Summer Time, an hour ahead of UTC.
    OffsetDateTime start = OffsetDateTime.parse("2026-07-21T09:00:00Z");
    Chat chat = Chat.start(ChatToken.random().sha256(), null, null, "en", start);
    List<ChatMessage> messages =
        List.of(
            new ChatMessage(
                chat, null, Sender.BOT, null, MessageKind.TEXT, false, "Hello.", null, start),
            new ChatMessage(
                chat,
                "c1",
                Sender.CITIZEN,
                null,
                MessageKind.TEXT,
                false,
                "My bike\nwas stolen",
                null,
                start.plusMinutes(1)),
            new ChatMessage(
                chat,
                null,
                Sender.SYSTEM,
                null,
                MessageKind.QUICK_EXIT,
                true,
                "The person left the page in a hurry",
                null,
                start.plusMinutes(2)),
            new ChatMessage(
                chat,
                "h1",
                Sender.HANDLER,
                "Hannah",
                MessageKind.TEXT,
                false,
                "I can help.",
                null,
                start.plusMinutes(3)));

    String text = Transcripts.text(chat, messages);

    assertThat(text)
        .contains("Tuesday 21 July 2026")
        .contains("10:00  Police chat assistant:\n  Hello.")
        .contains("10:01  You:\n  My bike\n  was stolen")
        .contains("10:03  Hannah (contact handler):\n  I can help.")
        .contains("999")
        .doesNotContain("hurry");
  }
}

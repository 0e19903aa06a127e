package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import uk.police.portal.api.livechat.entity.Chat;
import uk.police.portal.api.livechat.entity.ChatMessage;
import uk.police.portal.api.livechat.entity.MessageKind;
import uk.police.portal.api.livechat.entity.MessageView;
import uk.police.portal.api.livechat.entity.NewMessage;
import uk.police.portal.api.livechat.entity.Sender;
import uk.police.portal.api.triage.control.TriageEngine;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;
import uk.police.portal.chatbot.triage.boundary.Conversation;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.HandOver;
import uk.police.portal.chatbot.triage.entity.Outcome;

/**
 * The bot's side of a chat. The conversation is not kept in memory: each turn replays it from the
 * citizen's stored messages (the bot is deterministic), so any node can answer the next message and
 * a restart loses nothing. The reply is stored in the same transaction as the message it answers;
 * the caller holds the chat's row lock.
 */
@ApplicationScoped
public class BotTurns {

  @Inject TriageEngine engine;
  @Inject Clock clock;
  @Inject Messages messages;

  /** What the caller does after the commit. */
  public enum Next {
    /** The bot is still talking. */
    NOTHING,
    /** Handed over: routing should look for a handler. */
    DISPATCH,
    /** The bot finished without a person (referral or self-help): end the chat. */
    END
  }

  /** The bot's greeting, message seq 1 of a new chat. */
  public ChatMessage greet(Chat chat) {
    BotReply greeting = conversation().start(chat.language());
    return messages.append(chat, botMessage(greeting, MessageKind.TEXT));
  }

  /**
   * Answers the citizen's newest stored message: replays the chat's citizen messages, stores the
   * bot's reply and, at a hand-over, puts the chat in its queue with the summary for the handler.
   */
  public Next answer(Chat lockedChat) {
    List<String> said =
        messages.after(lockedChat.id(), 0).stream()
            .filter(m -> m.sender() == Sender.CITIZEN)
            .map(ChatMessage::body)
            .toList();
    BotReply reply = replay(this::conversation, lockedChat.language(), said);
    HandOver handOver = reply.handOver();
    if (handOver != null) {
      messages.append(lockedChat, botMessage(reply, MessageKind.HANDED_OVER));
      lockedChat.handOver(
          HandOverSummary.write(handOver),
          ChatQueue.forHandOver(handOver),
          handOver.priority(),
          handOver.language(),
          OffsetDateTime.now(clock));
      return Next.DISPATCH;
    }
    messages.append(lockedChat, botMessage(reply, MessageKind.TEXT));
    return reply.outcome() == Outcome.REFERRED || reply.outcome() == Outcome.SELF_HELP
        ? Next.END
        : Next.NOTHING;
  }

  /** The bot's last reply after greeting in {@code language} and hearing each message in turn. */
  static BotReply replay(Supplier<Conversation> fresh, String language, List<String> said) {
    Conversation conversation = fresh.get();
    BotReply reply = conversation.start(language);
    for (String text : said) {
      reply = conversation.reply(text);
    }
    return reply;
  }

  private Conversation conversation() {
    return new Conversation(engine.triage(), clock);
  }

  private static NewMessage botMessage(BotReply reply, MessageKind kind) {
    return new NewMessage(
        null,
        Sender.BOT,
        null,
        kind,
        false,
        reply.text(),
        MessageView.botJson(reply.choices(), reply.emergency()));
  }
}

package uk.police.portal.api.livechat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.portal.chatbot.livechat.entity.ChatQueue;

/**
 * The live-chat settings (README.md, "Configuration"), each from MicroProfile Config: {@code
 * portal.chat.answer-seconds} is also {@code PORTAL_CHAT_ANSWER_SECONDS}, and so on.
 */
@ApplicationScoped
public class ChatSettings {

  @Inject
  @ConfigProperty(name = "portal.chat.default-limit", defaultValue = "4")
  int defaultLimit;

  @Inject
  @ConfigProperty(name = "portal.chat.default-skills", defaultValue = "GENERAL,PUBLIC_PROTECTION")
  String defaultSkills;

  @Inject
  @ConfigProperty(name = "portal.chat.disconnect-grace-seconds", defaultValue = "60")
  long disconnectGraceSeconds;

  @Inject
  @ConfigProperty(name = "portal.chat.away-grace-seconds", defaultValue = "120")
  long awayGraceSeconds;

  @Inject
  @ConfigProperty(name = "portal.chat.answer-seconds", defaultValue = "120")
  long answerSeconds;

  /** Minutes; a fraction is allowed so that a test need not wait a whole minute. */
  @Inject
  @ConfigProperty(name = "portal.chat.quick-exit-hold-minutes", defaultValue = "15")
  double quickExitHoldMinutes;

  @Inject
  @ConfigProperty(name = "portal.chat.sweep-seconds", defaultValue = "2")
  double sweepSeconds;

  /** The chat limit of a handler the first time they open the console. */
  public int defaultLimit() {
    return defaultLimit;
  }

  /** Their skills then. */
  public Set<ChatQueue> defaultSkills() {
    Set<ChatQueue> skills = EnumSet.noneOf(ChatQueue.class);
    Arrays.stream(defaultSkills.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(ChatQueue::valueOf)
        .forEach(skills::add);
    return skills;
  }

  /** A console gone this long: the handler is away and their chats go back to the queue. */
  public Duration disconnectGrace() {
    return Duration.ofSeconds(disconnectGraceSeconds);
  }

  /** Away this long with chats: the chats go back. */
  public Duration awayGrace() {
    return Duration.ofSeconds(awayGraceSeconds);
  }

  /** Assigned and not answered this long: offered to someone else. */
  public Duration answerWithin() {
    return Duration.ofSeconds(answerSeconds);
  }

  /** After a quick exit with no word from the citizen since, the chat ends. */
  public Duration quickExitHold() {
    return Duration.ofMillis(Math.round(quickExitHoldMinutes * 60_000));
  }

  public Duration sweepEvery() {
    return Duration.ofMillis(Math.max(100, Math.round(sweepSeconds * 1000)));
  }
}

package uk.police.portal.chatbot.livechat.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.police.portal.chatbot.triage.control.CategoryQuestions;
import uk.police.portal.chatbot.triage.entity.Category;

/**
 * A first draft of a crime report from a chat, for the handler to check and complete: the bot's
 * answers go to the fields their questions ask about, and what happened is the citizen's own words,
 * never a summary someone else wrote for them. Fields nobody asked about stay null.
 *
 * @param whatHappened every message the citizen wrote, in order, except short replies and the
 *     answers already placed in a field
 * @param suspect what they said when asked whether the person who did it was still there
 * @param vulnerability what they said when asked what makes this harder for them
 */
public record CaseOutline(
    Category category,
    String whatHappened,
    String occurredTime,
    String location,
    String property,
    String suspect,
    String injuries,
    String witnesses,
    String vulnerability) {

  private static final Set<String> SHORT_REPLIES =
      Set.of("yes", "no", "ok", "okay", "yeah", "yep", "nope", "y", "n", "that's right", "right");
  private static final Pattern YESTERDAY = Pattern.compile("\\b(yesterday|last night)\\b");
  private static final Pattern TODAY =
      Pattern.compile(
          "\\b(today|tonight|this (morning|afternoon|evening)|just now|an? hour ago)\\b");

  /**
   * @param answers question key (as {@link CategoryQuestions} names them) to the citizen's answer
   * @param citizenTexts what the citizen wrote to the bot and the handler, in order
   */
  public static CaseOutline from(
      Category category, Map<String, String> answers, List<String> citizenTexts) {
    String hurt = answer(answers, CategoryQuestions.HURT);
    String stillThere = answer(answers, CategoryQuestions.STILL_THERE);
    return new CaseOutline(
        category,
        ownWords(answers, citizenTexts),
        answer(answers, CategoryQuestions.WHEN),
        answer(answers, CategoryQuestions.WHERE),
        null,
        stillThere == null ? null : "Still there when they contacted us: " + stillThere,
        hurt,
        null,
        answer(answers, CategoryQuestions.VULNERABLE));
  }

  /**
   * The day it happened when the answer to "when" says it plainly ("yesterday", "this morning");
   * otherwise empty and the handler asks.
   */
  public Optional<LocalDate> occurredOn(LocalDate today) {
    if (occurredTime == null) {
      return Optional.empty();
    }
    String said = occurredTime.toLowerCase(Locale.ROOT);
    if (YESTERDAY.matcher(said).find()) {
      return Optional.of(today.minusDays(1));
    }
    return TODAY.matcher(said).find() ? Optional.of(today) : Optional.empty();
  }

  private static String answer(Map<String, String> answers, String key) {
    String value = answers.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String ownWords(Map<String, String> answers, List<String> texts) {
    Set<String> placed =
        answers.values().stream().map(CaseOutline::normal).collect(Collectors.toSet());
    String story =
        texts.stream()
            .filter(t -> t != null && !t.isBlank())
            .filter(t -> !placed.contains(normal(t)) && !SHORT_REPLIES.contains(normal(t)))
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    return story.isEmpty() ? null : story;
  }

  private static String normal(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
  }
}

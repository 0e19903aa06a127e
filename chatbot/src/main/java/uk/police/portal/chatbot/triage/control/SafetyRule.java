package uk.police.portal.chatbot.triage.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.police.portal.chatbot.triage.entity.SafetyAlert;

/**
 * One deterministic emergency rule: a trigger phrase, read together with the message's sense of
 * time, so that "he is outside with a knife" fires and "I was threatened with a knife last year"
 * does not.
 *
 * @param name short name the handler and the audit see
 * @param trigger what must be present
 * @param timing how the message's time cues decide
 */
public record SafetyRule(String name, Pattern trigger, Timing timing) {

  /** How time cues in the message gate a trigger. */
  public enum Timing {
    /**
     * Fires unless the message only talks about the past or about something that keeps happening.
     */
    UNLESS_PAST,
    /** Fires only when the message also says it is happening now. */
    NEEDS_NOW
  }

  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  /**
   * Says the danger is here and now; beats any past cue, because prefer a false alarm to a miss.
   */
  static final Pattern NOW =
      Pattern.compile(
          "\\b(now|right now|rn|atm|at the moment|currently|as we speak|still|happening|"
              + "at (my|the|our) (front |back )?(door|window|gate)|(is|are|'s|'re) outside|outside (my|the|our)|"
              + "downstairs|upstairs|in (my|the|our) (house|home|flat|garden|room|bedroom|kitchen|shop|street)|"
              + "here|about to|trying to|going to|gonna|coming (back|for|to|after)|on (his|her|their|the) way|"
              + "(a|an|few|\\d+|one|two|three|four|five|ten|twenty|thirty|couple of|half an) "
              + "(seconds?|minutes?|mins?|hours?|hrs?) ago|just|help me|please help|hurry|quick(ly)?|teraz|ahora|acum|maintenant|الآن|ابھی|ਹੁਣ)\\b",
          FLAGS);

  /** Says it is over, or that it keeps happening rather than happening now. */
  static final Pattern NOT_NOW =
      Pattern.compile(
          "\\b(yesterday|last (night|week|weekend|month|year|time|summer|winter|spring|autumn|"
              + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas)|ago|earlier|"
              + "in (19|20)\\d\\d|when i was|used to|back in|previously|the other (day|night|week)|"
              + "over the weekend|this morning|keeps|kept|every (day|night|week|weekend|time)|always|"
              + "regularly|often|for (weeks|months|years)|wczoraj|ayer|ieri|hier|أمس)\\b",
          FLAGS);

  /** A trigger straight after a negation ("not suicidal", "no one was stabbed") does not count. */
  private static final Pattern NEGATED =
      Pattern.compile(
          "\\b(not|no|never|isn't|wasn't|aren't|doesn't|don't|didn't|nobody|no one|without)\\s+(\\w+\\s+)?$",
          FLAGS);

  public static SafetyRule of(String name, String trigger, Timing timing) {
    return new SafetyRule(name, Pattern.compile(trigger, FLAGS), timing);
  }

  /** Checks a message already normalised by {@link SafetyRules#normalise(String)}. */
  public Optional<SafetyAlert> check(String text) {
    Matcher m = trigger.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      if (!NEGATED.matcher(before).find() && timeAllows(text)) {
        return Optional.of(new SafetyAlert(name, m.group().strip()));
      }
    }
    return Optional.empty();
  }

  private boolean timeAllows(String text) {
    boolean now = NOW.matcher(text).find();
    return switch (timing) {
      case NEEDS_NOW -> now;
      case UNLESS_PAST -> now || !NOT_NOW.matcher(text).find();
    };
  }
}

package uk.police.portal.chatbot.triage.boundary;

import static uk.police.portal.chatbot.triage.entity.ConversationStage.CHOOSE_CATEGORY;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.CONFIRM_CATEGORY;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.DANGER_CHECK;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.ENDED;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.NOT_STARTED;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.OFFER_PERSON;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.QUESTIONS;
import static uk.police.portal.chatbot.triage.entity.ConversationStage.WHAT_HAPPENED;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.police.portal.chatbot.triage.control.Answers;
import uk.police.portal.chatbot.triage.control.CategoryQuestions;
import uk.police.portal.chatbot.triage.control.SafetyRules;
import uk.police.portal.chatbot.triage.control.VulnerabilitySigns;
import uk.police.portal.chatbot.triage.control.Wording;
import uk.police.portal.chatbot.triage.entity.Assessment;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Choice;
import uk.police.portal.chatbot.triage.entity.ConversationStage;
import uk.police.portal.chatbot.triage.entity.HandOver;
import uk.police.portal.chatbot.triage.entity.Outcome;
import uk.police.portal.chatbot.triage.entity.Priority;
import uk.police.portal.chatbot.triage.entity.SafetyAlert;
import uk.police.portal.chatbot.triage.entity.Turn;
import uk.police.portal.chatbot.triage.entity.UnusableMessage;
import uk.police.portal.chatbot.triage.entity.Vulnerability;

/**
 * One citizen's triage chat: greet, ask what happened, check for danger, confirm the category in
 * plain words, ask the handler's questions, and end with a referral, a self-help answer or a
 * hand-over. Every message the person sends passes the safety rules first, at every stage.
 *
 * <p>One instance per chat. Methods are synchronized so a live-chat host may call from any thread;
 * the shared {@link Triage} does the heavy lifting.
 */
public final class Conversation {

  private static final String IN_DANGER_RULE = "PERSON_SAYS_IN_DANGER";
  private static final String STILL_THERE_RULE = "SUSPECT_STILL_THERE";
  private static final int CHOICES_WHEN_UNSURE = 4;

  private final Triage triage;
  private final Clock clock;
  private final List<Turn> transcript = new ArrayList<>();
  private final Map<String, String> answers = new LinkedHashMap<>();
  private final Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);

  private ConversationStage stage = NOT_STARTED;
  private Wording wording;
  private String language;
  private Assessment assessment;
  private Category category;
  private List<String> questions = List.of();
  private Outcome pendingOutcome;
  private BotReply last;

  public Conversation(Triage triage, Clock clock) {
    this.triage = triage;
    this.clock = clock;
  }

  /** Greets in {@code language} (ISO 639-1, e.g. the browser's) and asks what happened. */
  public synchronized BotReply start(String language) {
    this.language = language == null ? "en" : language;
    this.wording = Wording.in(this.language);
    stage = WHAT_HAPPENED;
    return say(wording.say("greeting") + " " + wording.say("ask.what.happened"), List.of());
  }

  /** The person's next message; returns what the bot says back. */
  public synchronized BotReply reply(String text) {
    if (stage == NOT_STARTED) {
      start("en");
    }
    if (stage == ENDED) {
      return last;
    }
    transcript.add(new Turn(Turn.Speaker.CITIZEN, text == null ? "" : text, clock.instant()));
    Optional<SafetyAlert> alert = safe(text);
    if (alert.isPresent()) {
      if (category == null) {
        assessQuietly(text);
      }
      return emergency(alert.get().rule());
    }
    return switch (stage) {
      case WHAT_HAPPENED -> whatHappened(text);
      case DANGER_CHECK -> dangerCheck(text);
      case CONFIRM_CATEGORY -> confirmCategory(text);
      case CHOOSE_CATEGORY -> chooseCategory(text);
      case QUESTIONS -> answerQuestion(text);
      case OFFER_PERSON -> offerPerson(text);
      default -> throw new IllegalStateException("No reply expected at " + stage);
    };
  }

  public synchronized ConversationStage stage() {
    return stage;
  }

  private BotReply whatHappened(String text) {
    try {
      assessment = triage.assess(text);
    } catch (UnusableMessage e) {
      return say(wording.say("rephrase"), List.of());
    }
    // Answer in the language the person writes, when the bot speaks it.
    language = assessment.language();
    wording = Wording.in(language);
    category = assessment.category();
    vulnerabilities.addAll(VulnerabilitySigns.in(text, category));
    stage = DANGER_CHECK;
    return say(wording.say("check.danger"), yesNoChoices());
  }

  private BotReply dangerCheck(String text) {
    Optional<Boolean> yes = Answers.yesOrNo(text);
    if (yes.isEmpty()) {
      return say(wording.say("yes.or.no"), yesNoChoices());
    }
    if (yes.get()) {
      return emergency(IN_DANGER_RULE);
    }
    if (assessment.sure()) {
      stage = CONFIRM_CATEGORY;
      return say(wording.confirm(category), yesNoChoices());
    }
    return offerCategories(bestGuesses());
  }

  private BotReply confirmCategory(String text) {
    Optional<Boolean> yes = Answers.yesOrNo(text);
    if (yes.isEmpty()) {
      return say(wording.say("yes.or.no"), yesNoChoices());
    }
    return yes.get() ? proceed() : offerCategories(Arrays.asList(Category.values()));
  }

  private BotReply chooseCategory(String text) {
    String answer = text.strip();
    for (Category c : Category.values()) {
      if (c.name().equalsIgnoreCase(answer) || wording.label(c).equalsIgnoreCase(answer)) {
        category = c;
        return proceed();
      }
    }
    // Free text instead of a button: read it as a fresh description and confirm.
    try {
      Assessment again = triage.assess(text);
      category = again.category();
      stage = CONFIRM_CATEGORY;
      return say(wording.confirm(category), yesNoChoices());
    } catch (UnusableMessage e) {
      return offerCategories(Arrays.asList(Category.values()));
    }
  }

  private BotReply proceed() {
    vulnerabilities.addAll(VulnerabilitySigns.in("", category));
    if (category.referral().isPresent()) {
      pendingOutcome = Outcome.REFERRED;
      stage = OFFER_PERSON;
      return say(
          wording.referral(category.referral().get()) + " " + wording.say("offer.person"),
          yesNoChoices());
    }
    if (category.selfHelp()) {
      pendingOutcome = Outcome.SELF_HELP;
      stage = OFFER_PERSON;
      return say(
          wording.say("selfhelp." + category.name()) + " " + wording.say("offer.person"),
          yesNoChoices());
    }
    questions = CategoryQuestions.forCategory(category);
    stage = QUESTIONS;
    return say(wording.say(questions.get(0)), List.of());
  }

  private BotReply answerQuestion(String text) {
    String asked = questions.get(answers.size());
    answers.put(asked, text);
    vulnerabilities.addAll(VulnerabilitySigns.in(text, category));
    if (asked.equals(CategoryQuestions.STILL_THERE) && Answers.yesOrNo(text).orElse(false)) {
      return emergency(STILL_THERE_RULE);
    }
    if (answers.size() < questions.size()) {
      return say(wording.say(questions.get(answers.size())), List.of());
    }
    return handOver(priority(), null);
  }

  private BotReply offerPerson(String text) {
    Optional<Boolean> yes = Answers.yesOrNo(text);
    if (yes.isEmpty()) {
      return say(wording.say("yes.or.no"), yesNoChoices());
    }
    if (yes.get()) {
      return handOver(priority(), null);
    }
    stage = ENDED;
    return remember(
        new BotReply(
            wording.say("goodbye"),
            List.of(),
            wording.language(),
            wording.rightToLeft(),
            false,
            pendingOutcome,
            null),
        true);
  }

  private BotReply offerCategories(List<Category> categories) {
    stage = CHOOSE_CATEGORY;
    List<Choice> choices =
        categories.stream().map(c -> new Choice(c.name(), wording.label(c))).toList();
    return say(wording.say("choose.category"), choices);
  }

  private List<Category> bestGuesses() {
    List<Category> guesses = new ArrayList<>();
    guesses.add(assessment.category());
    guesses.addAll(assessment.alternatives());
    return guesses.subList(0, Math.min(CHOICES_WHEN_UNSURE, guesses.size()));
  }

  private BotReply emergency(String rule) {
    return handOver(Priority.EMERGENCY, rule);
  }

  private BotReply handOver(Priority priority, String rule) {
    String text =
        priority == Priority.EMERGENCY ? wording.say("emergency") : wording.say("handover");
    stage = ENDED;
    transcript.add(new Turn(Turn.Speaker.BOT, text, clock.instant()));
    HandOver summary =
        new HandOver(
            category == null ? Category.GENERAL_ENQUIRY : category,
            priority,
            rule,
            vulnerabilities,
            answers,
            language,
            transcript);
    return remember(
        new BotReply(
            text,
            List.of(),
            wording.language(),
            wording.rightToLeft(),
            priority == Priority.EMERGENCY,
            Outcome.HANDED_OVER,
            summary),
        false);
  }

  /** High risk by category or by what the person told us; the rest is standard. */
  private Priority priority() {
    boolean highRisk = category != null && category.highRisk();
    return highRisk || !vulnerabilities.isEmpty() ? Priority.HIGH_RISK : Priority.STANDARD;
  }

  private Optional<SafetyAlert> safe(String text) {
    return text == null ? Optional.empty() : SafetyRules.check(text);
  }

  private void assessQuietly(String text) {
    try {
      assessment = triage.assess(text);
      category = assessment.category();
      language = assessment.language();
      wording = Wording.in(language);
      vulnerabilities.addAll(VulnerabilitySigns.in(text, category));
    } catch (UnusableMessage ignored) {
      // the emergency answer does not depend on the category
    }
  }

  private List<Choice> yesNoChoices() {
    return List.of(
        new Choice("yes", wording.say("choice.yes")), new Choice("no", wording.say("choice.no")));
  }

  private BotReply say(String text, List<Choice> choices) {
    return remember(
        new BotReply(text, choices, wording.language(), wording.rightToLeft(), false, null, null),
        true);
  }

  private BotReply remember(BotReply reply, boolean addToTranscript) {
    if (addToTranscript) {
      transcript.add(new Turn(Turn.Speaker.BOT, reply.text(), clock.instant()));
    }
    last = reply;
    return reply;
  }
}

package uk.police.portal.chatbot.triage.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.police.portal.chatbot.triage.entity.BotReply;
import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.Choice;
import uk.police.portal.chatbot.triage.entity.ConversationStage;
import uk.police.portal.chatbot.triage.entity.Outcome;
import uk.police.portal.chatbot.triage.entity.Priority;
import uk.police.portal.chatbot.triage.entity.Turn;
import uk.police.portal.chatbot.triage.entity.Vulnerability;

/** Whole dialogues, one per path: refer, self-help, hand-over, emergency, non-English. */
class ConversationTest {

  private final Conversation chat =
      new Conversation(
          SharedTriage.get(), Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void theftIsConfirmedInPlainWordsThenQuestionedThenHandedOver() {
    assertThat(chat.start("en").text()).contains("999").contains("what happened");
    assertThat(chat.reply("someone stole my bike from outside the library").text())
        .isEqualTo("Are you or anyone else in danger right now?");
    assertThat(chat.stage()).isEqualTo(ConversationStage.DANGER_CHECK);
    assertThat(chat.reply("no").text())
        .isEqualTo("It sounds like something was stolen from you. Is that right?");
    assertThat(chat.reply("yes").text()).isEqualTo("When did it happen?");
    assertThat(chat.reply("this morning about 9").text()).isEqualTo("Where did it happen?");
    chat.reply("Central Library, Broad Street");
    chat.reply("no");
    BotReply last = chat.reply("07700 900123");

    assertThat(last.outcome()).isEqualTo(Outcome.HANDED_OVER);
    assertThat(last.emergency()).isFalse();
    assertThat(last.handOver().category()).isEqualTo(Category.THEFT);
    assertThat(last.handOver().priority()).isEqualTo(Priority.STANDARD);
    assertThat(last.handOver().answers())
        .containsEntry("question.when", "this morning about 9")
        .containsEntry("question.where", "Central Library, Broad Street")
        .containsEntry("question.contact", "07700 900123");
    assertThat(last.handOver().language()).isEqualTo("en");
    assertThat(last.handOver().transcript())
        .extracting(Turn::speaker)
        .contains(Turn.Speaker.CITIZEN);
    assertThat(chat.stage()).isEqualTo(ConversationStage.ENDED);
  }

  @Test
  void fraudIsReferredToActionFraudAndEndsWhenNoPersonIsWanted() {
    chat.start("en");
    chat.reply("I was scammed on facebook marketplace, paid £200 for a phone that never came");
    BotReply referral = chat.reply("no");
    if (chat.stage() == ConversationStage.CONFIRM_CATEGORY) {
      referral = chat.reply("yes");
    }
    assertThat(referral.text()).contains("Action Fraud").contains("actionfraud.police.uk");
    assertThat(referral.text()).contains("talk to a person");
    BotReply end = chat.reply("no thanks");
    assertThat(end.outcome()).isEqualTo(Outcome.REFERRED);
    assertThat(end.handOver()).isNull();
  }

  @Test
  void referralCanStillEndWithAPerson() {
    chat.start("en");
    chat.reply("my neighbours play loud music every night until 3am");
    chat.reply("no");
    if (chat.stage() == ConversationStage.CONFIRM_CATEGORY) {
      chat.reply("yes");
    }
    BotReply end = chat.reply("yes please");
    assertThat(end.outcome()).isEqualTo(Outcome.HANDED_OVER);
    assertThat(end.handOver().category()).isEqualTo(Category.ENVIRONMENTAL);
  }

  @Test
  void lostPropertyGetsTheSelfHelpAnswer() {
    chat.start("en");
    chat.reply("I lost my wallet somewhere in town yesterday");
    chat.reply("no");
    BotReply selfHelp =
        chat.stage() == ConversationStage.CONFIRM_CATEGORY ? chat.reply("yes") : null;
    assertThat(selfHelp).isNotNull();
    assertThat(selfHelp.text()).contains("handed in");
    assertThat(chat.reply("no").outcome()).isEqualTo(Outcome.SELF_HELP);
  }

  @Test
  void emergencyInTheFirstMessageEndsAtOnceWithTopPriority() {
    chat.start("en");
    BotReply reply = chat.reply("my ex is outside my door with a knife");
    assertThat(reply.emergency()).isTrue();
    assertThat(reply.text()).contains("999").contains("18000").contains("emergencySMS");
    assertThat(reply.handOver().priority()).isEqualTo(Priority.EMERGENCY);
    assertThat(reply.handOver().safetyRule()).isEqualTo("WEAPON_PRESENT");
    assertThat(chat.stage()).isEqualTo(ConversationStage.ENDED);
  }

  @Test
  void sayingYesToDangerIsAnEmergency() {
    chat.start("en");
    chat.reply("my neighbour keeps shouting at me over the fence");
    BotReply reply = chat.reply("yes");
    assertThat(reply.emergency()).isTrue();
    assertThat(reply.handOver().safetyRule()).isEqualTo("PERSON_SAYS_IN_DANGER");
  }

  @Test
  void dangerMentionedLaterInTheChatStillRaisesTheAlarm() {
    chat.start("en");
    chat.reply("someone broke into my shed last week");
    chat.reply("no");
    chat.reply("yes");
    BotReply reply = chat.reply("actually he is back now and has a knife");
    assertThat(reply.emergency()).isTrue();
  }

  @Test
  void domesticAbuseIsHighRiskAndAsksHowItIsSafeToMakeContact() {
    chat.start("en");
    chat.reply(
        "my husband controls all my money and hits me when he drinks, it happens every week");
    chat.reply("no");
    assertThat(chat.stage()).isEqualTo(ConversationStage.CONFIRM_CATEGORY);
    chat.reply("yes");
    chat.reply("on saturday");
    chat.reply("bruises on my arm");
    chat.reply("no he is at work");
    BotReply end = chat.reply("text only, after 2pm");
    assertThat(end.handOver().priority()).isEqualTo(Priority.HIGH_RISK);
    assertThat(end.handOver().vulnerabilities())
        .contains(Vulnerability.DOMESTIC_ABUSE, Vulnerability.REPEAT_VICTIM);
    assertThat(end.handOver().answers()).containsKey("question.safe.contact");
  }

  @Test
  void vulnerablePersonRaisesAnOrdinaryCrimeToHighRisk() {
    chat.start("en");
    chat.reply("vandals keyed my car and slashed the tyres");
    chat.reply("no");
    assertThat(chat.stage()).isEqualTo(ConversationStage.CONFIRM_CATEGORY);
    chat.reply("yes");
    chat.reply("last night");
    chat.reply("outside my flat");
    chat.reply("I am 82 and use a wheelchair, this is the third time");
    BotReply end = chat.reply("anonymous");
    assertThat(end.handOver().priority()).isEqualTo(Priority.HIGH_RISK);
    assertThat(end.handOver().vulnerabilities())
        .contains(
            Vulnerability.OLDER_PERSON, Vulnerability.DISABILITY, Vulnerability.REPEAT_VICTIM);
  }

  @Test
  void sayingNoToTheGuessOffersTheCategoriesAsChoices() {
    chat.start("en");
    chat.reply("someone stole my bike from outside the library");
    chat.reply("no");
    BotReply choices = chat.reply("no");
    assertThat(chat.stage()).isEqualTo(ConversationStage.CHOOSE_CATEGORY);
    assertThat(choices.choices()).extracting(Choice::value).contains("VEHICLE_CRIME", "THEFT");
    BotReply next = chat.reply("BURGLARY");
    assertThat(next.text()).isEqualTo("When did it happen?");
  }

  @Test
  void polishSpeakerIsAnsweredInPolish() {
    chat.start("en");
    BotReply danger = chat.reply("Wczoraj ktoś ukradł mi rower spod sklepu na rynku");
    assertThat(danger.language()).isEqualTo("pl");
    assertThat(danger.text()).isEqualTo("Czy Ty lub ktoś inny jest teraz w niebezpieczeństwie?");
    BotReply next = chat.reply("nie");
    assertThat(next.text()).containsAnyOf("Czy tak?", "Proszę wybrać");
    assertThat(next.choices()).isNotEmpty();
  }

  @Test
  void unsureArabicSpeakerIsOfferedCategoriesInArabicRightToLeft() {
    chat.start("ar");
    BotReply danger = chat.reply("أحتاج مساعدة بخصوص مشكلة مع شخص");
    assertThat(danger.rightToLeft()).isTrue();
    BotReply next = chat.reply("لا");
    assertThat(next.language()).isEqualTo("ar");
    assertThat(next.choices()).isNotEmpty();
    assertThat(next.choices().get(0).label()).doesNotContainPattern("[A-Za-z]");
  }

  @Test
  void unreadableFirstMessageAsksToRephrase() {
    chat.start("en");
    BotReply reply = chat.reply("🙂🙂🙂");
    assertThat(reply.text()).contains("Please tell me in a few words");
    assertThat(chat.stage()).isEqualTo(ConversationStage.WHAT_HAPPENED);
  }
}

package uk.police.portal.chatbot.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.portal.chatbot.triage.entity.SafetyAlert;

/** Each rule with messages that must fire it and near misses that must not raise an emergency. */
class SafetyRulesTest {

  @ParameterizedTest(name = "{0} fires on: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WEAPON_PRESENT|he is outside with a knife",
        "WEAPON_PRESENT|There's a man waving a machete about in the park",
        "WEAPON_PRESENT|my ex has got a knife and wont put it down",
        "WEAPON_PRESENT|guy on the bus just pulled a blade on someone",
        "WEAPON_PRESENT|I think he's armed",
        "INTRUDER_PRESENT|someone is in my house, I can hear them downstairs",
        "INTRUDER_PRESENT|men trying to break in to the back door RIGHT NOW",
        "INTRUDER_PRESENT|I can hear footsteps downstairs and I live alone",
        "INTRUDER_PRESENT|there's glass breaking at the back of the house",
        "INTRUDER_PRESENT|somebody is walking around downstairs, I am in bed",
        "INTRUDER_PRESENT|there is somebody upstairs in our flat and we are out in the garden",
        "INTRUDER_PRESENT|I can hear him rummaging about in the back room",
        "VIOLENCE_NOW|my husband is hitting me",
        "VIOLENCE_NOW|theres a fight outside the pub, someone on the floor",
        "VIOLENCE_NOW|he said he'll kill me when he gets in",
        "VIOLENCE_NOW|he is threatening to stab my brother",
        "VIOLENCE_NOW|help! they are kicking him",
        "LIFE_AT_RISK|my friend has been stabbed and is bleeding a lot",
        "LIFE_AT_RISK|a man is lying in the road not breathing",
        "LIFE_AT_RISK|the house next door is on fire",
        "SELF_HARM|my son says he is going to kill himself",
        "SELF_HARM|I have taken all my pills",
        "SELF_HARM|i dont want to live anymore",
        "CHILD_OR_VULNERABLE_MISSING|my 4 year old is missing in the shopping centre",
        "CHILD_OR_VULNERABLE_MISSING|my dad has dementia and he has wandered off, we can't find him",
        "CHILD_OR_VULNERABLE_MISSING|I can't find my daughter, she was in the park a minute ago",
        "COURIER_FRAUD_NOW|a courier is coming at 3 to collect my mum's bank card",
        "COURIER_FRAUD_NOW|the bank rang and told her to withdraw £5000 cash for a courier",
        "SUSPECT_PRESENT_AND_THREATENING|my ex is outside my door and I am scared",
        "SUSPECT_PRESENT_AND_THREATENING|he is banging on the window and I am terrified",
        "CRIME_IN_PROGRESS|someone is stealing the catalytic converter off my car right now",
        "CRIME_IN_PROGRESS|lads are smashing the bus stop outside my house now",
        "DRINK_DRIVING_NOW|my neighbour is drunk and about to drive his kids to school",
        "DRINK_DRIVING_NOW|a van ahead of us is weaving across both lanes of the A road",
        "WEAPON_OR_HELP_OTHER_LANGUAGE|On stoi pod domem z nożem",
        "WEAPON_OR_HELP_OTHER_LANGUAGE|Hay un hombre con un cuchillo en la puerta",
        "WEAPON_OR_HELP_OTHER_LANGUAGE|رجل يحمل سكين أمام البيت",
      })
  void mustFire(String rule, String message) {
    assertThat(SafetyRules.check(message)).map(SafetyAlert::rule).contains(rule);
  }

  @ParameterizedTest(name = "no emergency: {0}")
  @ValueSource(
      strings = {
        "I was threatened last year",
        "A man threatened me with a knife last year and I never reported it",
        "Someone broke into my shed last week and took my tools",
        "My bike was stolen from outside the station yesterday",
        "my kitchen knife set was stolen from the shop",
        "I was assaulted outside a club two years ago, can I still report it?",
        "my ex keeps texting me horrible messages",
        "the same lad keeps nicking bottles from my shop",
        "I want to report a fraud, someone took £200 from my account",
        "There are kids outside playing football",
        "My neighbours play loud music every night",
        "How do I renew my shotgun licence?",
        "can you help me get a crime reference number",
        "my friend is not suicidal but she seems very low",
        "I'd like an update on my case please",
        "Someone keyed my car overnight",
        "a learner was swerving all over the road yesterday and nearly clipped me",
        "I lost my wallet on the bus",
        "a dog was left in a hot car this afternoon and has now gone",
      })
  void nearMissIsNotAnEmergency(String message) {
    assertThat(SafetyRules.check(message)).isEmpty();
  }
}

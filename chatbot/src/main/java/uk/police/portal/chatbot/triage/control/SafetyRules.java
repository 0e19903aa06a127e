package uk.police.portal.chatbot.triage.control;

import static uk.police.portal.chatbot.triage.control.SafetyRule.Timing.NEEDS_NOW;
import static uk.police.portal.chatbot.triage.control.SafetyRule.Timing.UNLESS_PAST;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import uk.police.portal.chatbot.triage.entity.SafetyAlert;

/**
 * The safety layer: deterministic rules that run before any model and catch danger now, a crime in
 * progress, a dangerous suspect still there, a life at risk or self-harm in progress. The table is
 * meant to be read by people who are not programmers; each rule has its own must-fire and near-miss
 * tests. When in doubt a rule fires: a false alarm costs a handler a minute, a miss can cost a
 * life.
 */
public final class SafetyRules {

  private static final String WEAPON =
      "(knife|knives|nife|knif|machete|blade|sword|gun|pistol|shotgun|firearm|rifle|axe|hammer|"
          + "baseball bat|bat|crowbar|acid|screwdriver|broken bottle)";

  private static final String SOMEONE =
      "(he|she|they|someone|somebody|some one|a man|a woman|a guy|a lad|men|lads|people|my ex|"
          + "my (partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mother|brother|sister|son|"
          + "daughter|uncle|stepdad|flatmate|neighbour))";

  /** The table, checked in order; the first rule that fires is reported. */
  public static final List<SafetyRule> ALL =
      List.of(
          SafetyRule.of(
              "WEAPON_PRESENT",
              "\\b(with|has|had|have|got|holding|waving|carrying|pulled|pulling|brandishing|pointing|"
                  + "armed with)\\b[^.!?]{0,25}?\\b(a |an |his |her |the |their |big )?"
                  + WEAPON
                  + "\\b|\\barmed\\b|\\b"
                  + WEAPON
                  + " (out|at me|at us|to my)",
              UNLESS_PAST),
          SafetyRule.of(
              "INTRUDER_PRESENT",
              "\\b(breaking in|break in now|trying to (get|break) in|kicking (in )?(the|my|our) door|"
                  + "forcing (the|my|our) (door|window)|intruders?|"
                  + "(someone|somebody|a man|a woman|people|men|strangers?) (is |are |'s )?"
                  + "((down|up)stairs )?(in|inside) "
                  + "(my|the|our) (house|home|flat|garden|back garden|shed|garage|room|kitchen|lounge|"
                  + "living room|hall|hallway|bedroom|bathroom|loft|attic|cellar|basement|property)|"
                  + "hear(ing)? (someone|somebody|noises|people|footsteps|voices) (downstairs|upstairs|inside|in)|"
                  + "(someone|somebody|a man|strangers?) (is |are )?(downstairs|upstairs|in the house)|"
                  + "hear(ing)? (them|him|her|someone|somebody|people|men)\\b[^.!?]{0,20}?\\b(going through|"
                  + "rummaging|moving|walking|creeping|downstairs|upstairs)|"
                  + "(glass|window|door) (breaking|smashing|being smashed|being forced)|"
                  + "(someone|somebody|people) (is |are )?(moving|walking|creeping) (around|about) "
                  + "(downstairs|upstairs|inside|in the house|in my house))",
              UNLESS_PAST),
          SafetyRule.of(
              "VIOLENCE_NOW",
              "\\b"
                  + SOMEONE
                  + "\\b[^.!?]{0,20}?\\b(is|are|'s|'re)\\s+(hitting|punching|kicking|beating|attacking|"
                  + "strangling|choking|stabbing|hurting|threatening|fighting|dragging|throwing)|"
                  + "\\b(being|getting) (attacked|beaten|hit|stabbed|mugged|robbed|assaulted|raped)|"
                  + "\\b(fight|fighting|brawl)\\b[^.!?]{0,15}\\b(outside|in the street|going on|kicking off)|"
                  + "\\b(going to|gonna|will|'ll|wants to|want to) (kill|hurt|stab|shoot|batter) "
                  + "(me|us|her|him|them|my)\\b|"
                  + "\\b(locked|barricaded) (myself|ourselves|us|me) in|\\bhiding (from|in|under)|"
                  + "\\b(got|has|grabbed|holding|had) (me|her|him|us) by the (throat|neck|hair)|"
                  + "\\b(strangling|choking|suffocating) (me|her|him|us)|"
                  + "\\b(ran|run|fled|escaped) (to|into) (the|a|my) (neighbour|neighbours|shop|car|bathroom)|"
                  + "\\bthreaten\\w* to (kill|stab|shoot|hurt)|"
                  + "\\b(said|says|saying) (he|she|they)('d| would| will|'ll) (kill|hurt|stab|shoot)|"
                  + "\\bsave (me|us)\\b|\\bhelp+ ?!|\\b(someone|somebody) help|\\bbije mnie|\\bme está pegando|\\bmă bate|\\bma bate|"
                  + "\\bil me frappe|يضربني|سيقتلني|مار رہا|ਮਾਰ ਰਿਹਾ",
              UNLESS_PAST),
          SafetyRule.of(
              "LIFE_AT_RISK",
              "\\b(not breathing|stopped breathing|unconscious|unresponsive|"
                  + "(isn't|is not|not|aren't|are not) (moving|responding|conscious|waking up)|"
                  + "(won't|can't|cannot) wake (him|her|them) up|trapped in (the|a|his|her) (car|vehicle)|"
                  + "(flipped|overturned|upside down|on its roof)|serious(ly)? (injured|hurt)|badly (injured|hurt)|"
                  + "(lying|laid|collapsed) (in the road|on the (floor|ground|road|pavement))|"
                  + "bleeding (heavily|badly|a lot|everywhere|loads)|lots of blood|"
                  + "(been|is|was|got|getting|just) (stabbed|shot)|overdos(e|ed|ing)|collapsed|dying|"
                  + "heart attack|can'?t breathe|drowning|on fire|fire in|trapped|can'?t get out|"
                  + "(in|into) the (river|canal|sea|water|lake|reservoir|dock)|"
                  + "(someone|somebody|people|a child|a baby|kids) (is |are )?(still )?(inside|stuck)|"
                  + "(house|flat|building|car) (is )?on fire)\\b",
              UNLESS_PAST),
          SafetyRule.of(
              "SELF_HARM",
              "\\b((kill|killing|hurt|hurting|harm|harming|cut|cutting) (myself|himself|herself|themselves)|"
                  + "end (it all|my life|his life|her life|their life)|suicid(e|al)|"
                  + "take (my|his|her|their) (own )?life|"
                  + "(taken|took|swallowed) (all |a lot of |loads of |lots of |a load of )?(my |his |her )?"
                  + "(pills|tablets|paracetamol)|"
                  + "jump (off|from|in|into)\\b[^.!?]{0,30}?\\b(bridge|building|roof|cliff|car park|tower|"
                  + "flats|balcony|river|canal|train|motorway)|"
                  + "(standing|sitting|climbing) on (the|a) (edge|ledge|bridge|railing|roof)|"
                  + "(don'?t|do not|doesn'?t) want to (live|be alive|be here anymore)|better off dead|"
                  + "want(s)? to die)",
              UNLESS_PAST),
          SafetyRule.of(
              "CHILD_OR_VULNERABLE_MISSING",
              "\\b(child|kid|toddler|baby|little (boy|girl|one)|my (son|daughter|grandson|granddaughter)|"
                  + "([1-9]|1[01])[- ]?(year|yr)s?[- ]?old)\\b[^.!?]{0,50}?\\b(missing|disappeared|"
                  + "can'?t find|cannot find|been taken|abducted|snatched)|"
                  + "\\b(can'?t|cannot) find (my|our) (child|kid|son|daughter|toddler|little)|"
                  + "\\b(abducted|kidnapped|taken away in a car)|"
                  + "\\b(dementia|alzheimer'?s?|confused|vulnerable|autis\\w*|learning disabilit\\w*)\\b"
                  + "[^.!?]{0,80}?\\b(missing|wandered|walked out|went out|left the (house|home)|got out|"
                  + "ran off|can'?t find|gone|not (come )?back)|"
                  + "\\b(missing|wandered|can'?t find)\\b[^.!?]{0,80}?\\b(dementia|alzheimer)",
              UNLESS_PAST),
          SafetyRule.of(
              "COURIER_FRAUD_NOW",
              "\\b(coming|come|on (his|their|the) way|at the door|outside|waiting|sending)\\b[^.!?]{0,60}?"
                  + "\\b(collect|pick up|picking up|take)\\b[^.!?]{0,30}?\\b(cash|money|card|cards|gold|"
                  + "jewellery|savings)|"
                  + "\\b(told|asked|telling|asking) (her|him|me|them|my \\w+) to (withdraw|take out|draw out)"
                  + "[^.!?]{0,40}?\\b(cash|money|savings|£)",
              UNLESS_PAST),
          SafetyRule.of(
              "SUSPECT_PRESENT_AND_THREATENING",
              "\\b"
                  + SOMEONE
                  + "\\b[^.!?]{0,30}?\\b(outside|at (my|the|our) (door|window|gate)|in (my|the|our) "
                  + "(garden|street|road|driveway|hallway)|following me|waiting for me|banging on|"
                  + "won'?t leave|refusing to leave)\\b"
                  + "(?=.*\\b(scared|afraid|terrified|frightened|threat\\w*|kill|hurt|violent|attack\\w*|"
                  + "smash\\w*|bang\\w*|kick\\w*|screaming|won'?t leave|weapon|drunk|aggressive|"
                  + "injunction|non-molestation|restraining order|bail)\\b)",
              UNLESS_PAST),
          SafetyRule.of(
              "CRIME_IN_PROGRESS",
              "\\b(someone|somebody|some one|a man|a woman|men|lads|kids|people|they|a gang|a group)\\b"
                  + "[^.!?]{0,25}?\\b(is |are |'s |'re )?(stealing|nicking|smashing|breaking into|robbing|"
                  + "siphoning|trying to steal|trying to take|setting fire|torching|cutting off|"
                  + "sawing off|loading)\\b",
              NEEDS_NOW),
          SafetyRule.of(
              "DRINK_DRIVING_NOW",
              "\\b(drunk|drink|pissed|over the limit|high|off (his|her|their) face|wasted)\\b[^.!?]{0,50}?"
                  + "\\b(about to drive|getting (in|into) (his|her|their|the|a) (car|van)|driving (now|right now)|"
                  + "just drove off|is driving|behind the wheel)|"
                  // Someone describing the car in front of them rarely knows it is drink: the
                  // driving says it.
                  + "\\b(swerving|weaving) (all over|across|between|in and out)|"
                  + "\\ball over the (road|lanes?)\\b",
              UNLESS_PAST),
          SafetyRule.of(
              "WEAPON_OR_HELP_OTHER_LANGUAGE",
              "(nóż|noż|nożem|ratunku|pomocy!|zabije|socorro|cuchillo|me va a matar|ajutor|cuțit|cutit|"
                  + "cuțitul|mă omoară|au secours|couteau|va me tuer|النجدة|ساعدني|سكين|بچاؤ|چاقو|چھری|"
                  + "جان سے مار|ਬਚਾਓ|ਚਾਕੂ|ਜਾਨੋਂ ਮਾਰ)",
              UNLESS_PAST));

  private SafetyRules() {}

  /** The first rule that fires, if any. Accepts raw text from the person. */
  public static Optional<SafetyAlert> check(String text) {
    String normal = normalise(text);
    for (SafetyRule rule : ALL) {
      Optional<SafetyAlert> alert = rule.check(normal);
      if (alert.isPresent()) {
        return alert;
      }
    }
    return Optional.empty();
  }

  /**
   * Lower case, straight apostrophes, single spaces, and common spoken contractions written out.
   */
  static String normalise(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
    s = s.replaceAll("\\b(he|she|there|it|who|that)'?s\\b", "$1 is");
    s = s.replaceAll("\\b(they|we|you)'?re\\b", "$1 are");
    s = s.replaceAll("\\bi'?m\\b", "i am");
    s = s.replaceAll("\\bdont\\b", "don't").replaceAll("\\bcant\\b", "can't");
    return s.replaceAll("\\bwont\\b", "won't").replaceAll("\\bisnt\\b", "isn't");
  }
}

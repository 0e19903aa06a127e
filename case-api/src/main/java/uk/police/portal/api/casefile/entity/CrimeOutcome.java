package uk.police.portal.api.casefile.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Home Office crime outcome an investigator records, with what the victim is told in plain
 * words (Victims' Code, Right 6: to be told the outcome and why). The code is what police systems
 * and returns use; the citizen never sees it alone.
 */
public enum CrimeOutcome {
  CHARGED("1", "Someone has been charged or summonsed to go to court."),
  CHARGED_ALTERNATIVE_OFFENCE(
      "1A", "Someone has been charged with a different offence for this crime."),
  YOUTH_CAUTION("2", "A young person has been given a formal caution."),
  ADULT_CAUTION("3", "An adult has been given a formal caution."),
  TAKEN_INTO_CONSIDERATION(
      "4", "Someone admitted this crime in court while being sentenced for another one."),
  OFFENDER_DIED("5", "The person suspected has died, so no further action can be taken."),
  PENALTY_NOTICE("6", "Someone has been given a fixed penalty for disorder."),
  DRUGS_WARNING("7", "Someone has been given a formal warning for having drugs."),
  COMMUNITY_RESOLUTION(
      "8", "The matter has been settled without going to court, in a way agreed with you."),
  NOT_IN_PUBLIC_INTEREST_CPS(
      "9",
      "The Crown Prosecution Service decided that a prosecution is not in the public interest."),
  NOT_IN_PUBLIC_INTEREST_POLICE(
      "10", "The police decided that taking the suspect to court is not in the public interest."),
  SUSPECT_TOO_YOUNG("11", "The suspect is too young to be prosecuted."),
  SUSPECT_TOO_ILL("12", "The suspect is too ill to be prosecuted."),
  VICTIM_OR_WITNESS_UNAVAILABLE(
      "13", "A prosecution cannot go ahead because a key witness has died or is too ill."),
  NO_SUSPECT_VICTIM_DOES_NOT_SUPPORT(
      "14", "No suspect was identified and you did not want the investigation to go on."),
  EVIDENTIAL_DIFFICULTIES(
      "15", "A suspect was identified, but there is not enough evidence to take them to court."),
  SUSPECT_IDENTIFIED_VICTIM_DOES_NOT_SUPPORT(
      "16", "A suspect was identified, but you did not want to go ahead with a prosecution."),
  TIME_LIMIT_EXPIRED("17", "The time limit for bringing a prosecution has passed."),
  NO_SUSPECT_IDENTIFIED(
      "18",
      "We have finished the investigation for now. No suspect was identified. We will look again"
          + " if new information comes to light."),
  OTHER_AGENCY("20", "Another organisation is now responsible for investigating this crime."),
  FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(
      "21", "The police decided that investigating further is not in the public interest."),
  DIVERSION(
      "22", "The person responsible has been directed to a programme to change their behaviour.");

  private final String code;
  private final String forVictim;

  CrimeOutcome(String code, String forVictim) {
    this.code = code;
    this.forVictim = forVictim;
  }

  public String code() {
    return code;
  }

  /** One or two plain sentences the victim sees on their case page and in the update. */
  public String forVictim() {
    return forVictim;
  }

  /** Whether someone was held to account for the crime (charged, cautioned, resolved, diverted). */
  public boolean offenderDealtWith() {
    return switch (this) {
      case CHARGED,
          CHARGED_ALTERNATIVE_OFFENCE,
          YOUTH_CAUTION,
          ADULT_CAUTION,
          TAKEN_INTO_CONSIDERATION,
          PENALTY_NOTICE,
          DRUGS_WARNING,
          COMMUNITY_RESOLUTION,
          DIVERSION ->
          true;
      default -> false;
    };
  }

  public static Optional<CrimeOutcome> ofCode(String code) {
    return Arrays.stream(values()).filter(o -> o.code.equalsIgnoreCase(code)).findFirst();
  }
}

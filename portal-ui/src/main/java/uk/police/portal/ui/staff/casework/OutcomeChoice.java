package uk.police.portal.ui.staff.casework;

/**
 * The Home Office crime outcomes an investigator can record: the code police systems use, its name
 * for staff, and what the victim is told. Mirrors case-api's CrimeOutcome (a test keeps the two the
 * same), which has no resource listing them.
 */
enum OutcomeChoice {
  CHARGED("1", "Charged or summonsed", "Someone has been charged or summonsed to go to court."),
  CHARGED_ALTERNATIVE_OFFENCE(
      "1A",
      "Charged or summonsed for an alternative offence",
      "Someone has been charged with a different offence for this crime."),
  YOUTH_CAUTION(
      "2",
      "Youth caution or conditional caution",
      "A young person has been given a formal caution."),
  ADULT_CAUTION(
      "3", "Adult caution or conditional caution", "An adult has been given a formal caution."),
  TAKEN_INTO_CONSIDERATION(
      "4",
      "Taken into consideration",
      "Someone admitted this crime in court while being sentenced for another one."),
  OFFENDER_DIED(
      "5",
      "Offender has died",
      "The person suspected has died, so no further action can be taken."),
  PENALTY_NOTICE(
      "6", "Penalty notice for disorder", "Someone has been given a fixed penalty for disorder."),
  DRUGS_WARNING(
      "7", "Cannabis or khat warning", "Someone has been given a formal warning for having drugs."),
  COMMUNITY_RESOLUTION(
      "8",
      "Community resolution",
      "The matter has been settled without going to court, in a way agreed with you."),
  NOT_IN_PUBLIC_INTEREST_CPS(
      "9",
      "Prosecution not in the public interest (Crown Prosecution Service)",
      "The Crown Prosecution Service decided that a prosecution is not in the public interest."),
  NOT_IN_PUBLIC_INTEREST_POLICE(
      "10",
      "Formal action not in the public interest (police)",
      "The police decided that taking the suspect to court is not in the public interest."),
  SUSPECT_TOO_YOUNG(
      "11",
      "Prosecution prevented: suspect below the age of criminal responsibility",
      "The suspect is too young to be prosecuted."),
  SUSPECT_TOO_ILL(
      "12",
      "Prosecution prevented: suspect too ill to prosecute",
      "The suspect is too ill to be prosecuted."),
  VICTIM_OR_WITNESS_UNAVAILABLE(
      "13",
      "Prosecution prevented: victim or key witness dead or too ill to give evidence",
      "A prosecution cannot go ahead because a key witness has died or is too ill."),
  NO_SUSPECT_VICTIM_DOES_NOT_SUPPORT(
      "14",
      "Evidential difficulties: no suspect identified, victim does not support further action",
      "No suspect was identified and you did not want the investigation to go on."),
  EVIDENTIAL_DIFFICULTIES(
      "15",
      "Evidential difficulties: suspect identified, victim supports action",
      "A suspect was identified, but there is not enough evidence to take them to court."),
  SUSPECT_IDENTIFIED_VICTIM_DOES_NOT_SUPPORT(
      "16",
      "Evidential difficulties: suspect identified, victim does not support action",
      "A suspect was identified, but you did not want to go ahead with a prosecution."),
  TIME_LIMIT_EXPIRED(
      "17",
      "Prosecution time limit expired",
      "The time limit for bringing a prosecution has passed."),
  NO_SUSPECT_IDENTIFIED(
      "18",
      "Investigation complete: no suspect identified",
      "We have finished the investigation for now. No suspect was identified. We will look again"
          + " if new information comes to light."),
  OTHER_AGENCY(
      "20",
      "Further action by another body or agency",
      "Another organisation is now responsible for investigating this crime."),
  FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST(
      "21",
      "Further investigation not in the public interest",
      "The police decided that investigating further is not in the public interest."),
  DIVERSION(
      "22",
      "Diversionary, educational or intervention activity",
      "The person responsible has been directed to a programme to change their behaviour.");

  private final String code;
  private final String staffName;
  private final String forVictim;

  OutcomeChoice(String code, String staffName, String forVictim) {
    this.code = code;
    this.staffName = staffName;
    this.forVictim = forVictim;
  }

  String code() {
    return code;
  }

  String staffName() {
    return staffName;
  }

  String forVictim() {
    return forVictim;
  }

  /** The staff name for a code case-api sent; its own name when the code is not known here. */
  static String staffName(String code, String fallback) {
    return java.util.Arrays.stream(values())
        .filter(o -> o.code.equals(code))
        .map(OutcomeChoice::staffName)
        .findFirst()
        .orElse(fallback);
  }

  /** What the select shows once chosen. */
  String label() {
    return "Outcome " + code + ": " + staffName;
  }
}

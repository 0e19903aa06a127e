package uk.police.portal.ui.citizen.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of the triage taxonomy (shared/triage/TAXONOMY.md) in the words a person would
 * use. Some are not for a police report: a partner agency deals with them, or we need a phone call;
 * those lead to {@link Elsewhere} and no report is made.
 */
enum Category {
  THEFT(
      "Theft",
      "Something stolen, such as a phone, bike, bag or parcel, but not from a vehicle or from a"
          + " building someone broke into"),
  BURGLARY(
      "A break-in (burglary)",
      "Someone got into a home, shed, garage or business to steal or damage something"),
  VEHICLE_CRIME(
      "Vehicle crime",
      "A vehicle stolen, something stolen from a vehicle, or a vehicle tampered with"),
  CRIMINAL_DAMAGE(
      "Damage or vandalism",
      "Something damaged on purpose, such as a smashed window, graffiti or a scratched car"),
  ASSAULT(
      "Someone attacked or threatened you",
      "Violence or threats by someone who is not a partner or family member, or a dog attack"),
  DOMESTIC_ABUSE(
      "Domestic abuse",
      "Abuse, violence, threats or control by a partner, ex-partner or family member"),
  SEXUAL_OFFENCE(
      "A sexual offence",
      "Rape, sexual assault, indecent exposure, or intimate images shared without consent"),
  HATE_CRIME(
      "A hate crime",
      "Targeted because of race, religion, sexual orientation, disability or transgender"
          + " identity"),
  HARASSMENT(
      "Harassment or stalking",
      "Repeated unwanted contact, threats, malicious messages or online abuse"),
  ANTISOCIAL_BEHAVIOUR(
      "Antisocial behaviour",
      "Intimidating groups, street drinking, off-road bikes or other nuisance behaviour"),
  ROAD_TRAFFIC(
      "A road traffic matter",
      "A collision, dangerous or drink driving, or camera footage of bad driving"),
  DRUGS("Drugs", "Drug dealing, a cannabis farm, or drug use in a public place"),
  MISSING_PERSON("Someone is missing", "You do not know where they are and you are worried"),
  FRAUD(
      "Fraud or a scam",
      "Scams, phishing, online shopping fraud, investment or romance fraud, hacked accounts"),
  ENVIRONMENTAL(
      "Noise, fly-tipping, parking or an abandoned vehicle",
      "Noisy neighbours or parties, rubbish dumped, dog fouling"),
  ANIMAL_WELFARE("Cruelty to an animal", "An animal being hurt or neglected"),
  CIVIL_DISPUTE(
      "A dispute with a landlord, business, neighbour or family member",
      "Tenancy, refunds, boundaries, debts or child arrangements, with no threats or violence"),
  MENTAL_HEALTH(
      "Worry about someone's mental health",
      "No crime has happened and nobody is in danger right now"),
  LOST_PROPERTY("Something lost or found", "Not stolen"),
  GENERAL_ENQUIRY(
      "A question, or news about a report you made before",
      "For example about firearms licensing, a complaint, or an update on your case");

  final String label;
  final String hint;

  Category(String label, String hint) {
    this.label = label;
    this.hint = hint;
  }

  /** Where to send someone instead of taking a report; empty when we take the report. */
  Optional<Elsewhere> elsewhere() {
    return Elsewhere.forCategory(this);
  }

  String slug() {
    return name().toLowerCase(java.util.Locale.UK).replace('_', '-');
  }

  static Optional<Category> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }

  static Optional<Category> ofSlug(String slug) {
    return Arrays.stream(values()).filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The category's words for a summary, or what case-api sent when it is not one of ours. */
  static String describe(String code) {
    return ofCode(code).map(c -> c.label).orElse(code == null ? "" : code);
  }
}

package uk.police.portal.chatbot.triage.entity;

import java.util.Optional;

/** What a contact is about, as in the triage taxonomy, with the partner agency that owns it. */
public enum Category {
  THEFT(null),
  BURGLARY(null),
  VEHICLE_CRIME(null),
  CRIMINAL_DAMAGE(null),
  ASSAULT(null),
  DOMESTIC_ABUSE(null),
  SEXUAL_OFFENCE(null),
  HATE_CRIME(null),
  HARASSMENT(null),
  ANTISOCIAL_BEHAVIOUR(null),
  ROAD_TRAFFIC(null),
  DRUGS(null),
  MISSING_PERSON(null),
  FRAUD(Referral.ACTION_FRAUD),
  ENVIRONMENTAL(Referral.LOCAL_COUNCIL),
  ANIMAL_WELFARE(Referral.RSPCA),
  CIVIL_DISPUTE(Referral.CITIZENS_ADVICE),
  MENTAL_HEALTH(Referral.NHS_111),
  LOST_PROPERTY(null),
  GENERAL_ENQUIRY(null);

  private final Referral referral;

  Category(Referral referral) {
    this.referral = referral;
  }

  /** The partner agency that owns this matter; empty when it stays with the police. */
  public Optional<Referral> referral() {
    return Optional.ofNullable(referral);
  }

  /** High-risk matters go ahead of the rest of the queue, just behind emergencies. */
  public boolean highRisk() {
    return this == DOMESTIC_ABUSE
        || this == SEXUAL_OFFENCE
        || this == HATE_CRIME
        || this == MISSING_PERSON;
  }

  /** Matters the bot can answer from self-help before offering a person. */
  public boolean selfHelp() {
    return this == LOST_PROPERTY || this == GENERAL_ENQUIRY;
  }
}

package uk.police.portal.chatbot.triage.entity;

/** Where a handed-over chat goes in the handlers' queue; declared in queue order. */
public enum Priority {
  /** Someone may be in danger now: top of the queue. */
  EMERGENCY,
  /** Domestic abuse, sexual offence, hate crime, missing person, or a vulnerable person. */
  HIGH_RISK,
  STANDARD
}

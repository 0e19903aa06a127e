package uk.police.portal.chatbot.triage.entity;

/** How a triage conversation ended. */
public enum Outcome {
  /** Sent to a partner agency, with no person needed. */
  REFERRED,
  /** Answered from self-help, with no person needed. */
  SELF_HELP,
  /** Passed to a contact handler with a {@link HandOver}. */
  HANDED_OVER
}

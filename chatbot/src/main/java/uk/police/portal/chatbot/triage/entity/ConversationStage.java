package uk.police.portal.chatbot.triage.entity;

/** Where a triage conversation is: each stage waits for one kind of answer. */
public enum ConversationStage {
  NOT_STARTED,
  WHAT_HAPPENED,
  DANGER_CHECK,
  CONFIRM_CATEGORY,
  CHOOSE_CATEGORY,
  QUESTIONS,
  OFFER_PERSON,
  ENDED
}

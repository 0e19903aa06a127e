package uk.police.portal.chatbot.livechat.entity;

import uk.police.portal.chatbot.triage.entity.Category;
import uk.police.portal.chatbot.triage.entity.HandOver;

/** The queues handed-over chats wait in; a handler's skills are the queues they may take from. */
public enum ChatQueue {
  /** Everything that does not need a specialist. */
  GENERAL,
  /** Domestic abuse and sexual offences: handlers trained in public protection. */
  PUBLIC_PROTECTION;

  /** Where the bot's hand-over goes. */
  public static ChatQueue forHandOver(HandOver handOver) {
    return forCategory(handOver.category());
  }

  public static ChatQueue forCategory(Category category) {
    return category == Category.DOMESTIC_ABUSE || category == Category.SEXUAL_OFFENCE
        ? PUBLIC_PROTECTION
        : GENERAL;
  }
}

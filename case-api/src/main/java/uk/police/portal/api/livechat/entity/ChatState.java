package uk.police.portal.api.livechat.entity;

/** Where a chat is: with the bot, waiting in a queue, with a handler, or over. */
public enum ChatState {
  BOT,
  WAITING,
  ASSIGNED,
  ENDED
}

package uk.police.portal.api.livechat.entity;

/** Who wrote a message: the citizen, the bot, a handler, or the system recording what happened. */
public enum Sender {
  CITIZEN,
  BOT,
  HANDLER,
  SYSTEM
}

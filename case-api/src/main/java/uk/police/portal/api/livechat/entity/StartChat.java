package uk.police.portal.api.livechat.entity;

/**
 * A new chat: the language the bot greets in (ISO 639-1, e.g. the browser's); English if left out.
 */
public record StartChat(String language) {}

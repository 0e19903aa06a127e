package uk.police.portal.chatbot.livechat.entity;

/** The router's choice: this waiting chat goes to this handler. */
public record Assignment(WaitingChat chat, AvailableHandler handler) {}

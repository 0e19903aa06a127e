package uk.police.portal.chatbot.livechat.entity;

/** A ready-written message a contact handler can search for, insert and adapt before sending. */
public record CannedResponse(String id, String title, String text) {}

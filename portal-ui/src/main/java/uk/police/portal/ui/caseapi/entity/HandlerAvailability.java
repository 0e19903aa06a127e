package uk.police.portal.ui.caseapi.entity;

/** A handler's own switch: AVAILABLE (new chats come), BUSY (keeps theirs, no new ones), AWAY. */
public record HandlerAvailability(String availability) {}

package uk.police.portal.ui.caseapi.entity;

/** Someone is typing: party CITIZEN or HANDLER, and the handler's first name. */
public record ChatTyping(String party, String name) {}

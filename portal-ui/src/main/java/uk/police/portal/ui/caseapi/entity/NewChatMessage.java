package uk.police.portal.ui.caseapi.entity;

/**
 * A message to send. {@code clientId} (up to 64 of A-Z, a-z, 0-9, _ and -) makes a retry safe: the
 * same id again gives back the message first stored.
 */
public record NewChatMessage(String clientId, String text) {}

package uk.police.portal.ui.caseapi.entity;

/**
 * A new chat: its id and the secret token that opens it (given once; case-api keeps only a hash).
 */
public record ChatStarted(String id, String token, LiveChat chat) {}

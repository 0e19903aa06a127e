package uk.police.portal.ui.caseapi.entity;

/** Starts a chat; language is an ISO 639-1 code (the browser's), or null for English. */
public record NewChat(String language) {}

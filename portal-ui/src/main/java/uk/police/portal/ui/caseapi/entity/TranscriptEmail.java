package uk.police.portal.ui.caseapi.entity;

/** Where to email a copy of an ended chat. */
public record TranscriptEmail(String email) {}

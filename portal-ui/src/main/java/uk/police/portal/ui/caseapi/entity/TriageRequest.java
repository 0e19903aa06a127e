package uk.police.portal.ui.caseapi.entity;

/** What the person wrote, to be triaged. */
public record TriageRequest(String text) {}

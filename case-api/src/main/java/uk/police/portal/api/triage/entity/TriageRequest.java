package uk.police.portal.api.triage.entity;

/** What the person wrote, in their own words. */
public record TriageRequest(String text) {}

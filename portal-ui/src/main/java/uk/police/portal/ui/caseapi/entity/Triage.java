package uk.police.portal.ui.caseapi.entity;

/**
 * case-api's first look at what someone wrote ({@code POST /api/triage}): emergency is true when
 * someone may be in danger now; referral names a partner agency, or is null.
 */
public record Triage(
    String category, boolean emergency, String safetyRule, String referral, String language) {}

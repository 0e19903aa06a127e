package uk.police.portal.ui.caseapi.entity;

/** Refers the citizen to a partner agency, by its code (ACTION_FRAUD, RSPCA…). */
public record ChatReferral(String referral) {}

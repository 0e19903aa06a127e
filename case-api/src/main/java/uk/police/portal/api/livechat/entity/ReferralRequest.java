package uk.police.portal.api.livechat.entity;

/** A partner agency for the citizen, by the triage referral's name, e.g. ACTION_FRAUD. */
public record ReferralRequest(String referral) {}

package uk.police.portal.chatbot.livechat.entity;

/**
 * An agency a handler can refer a citizen to.
 *
 * @param code the triage {@code Referral} name, e.g. ACTION_FRAUD
 */
public record PartnerAgency(String code, String name, String howToContact) {}

package uk.police.portal.api.livechat.entity;

/** The crime reference of the case made from a chat. */
public record CaseCreated(String reference) {}

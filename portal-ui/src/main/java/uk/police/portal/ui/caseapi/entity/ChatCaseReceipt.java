package uk.police.portal.ui.caseapi.entity;

/** The crime reference of a case created from a chat; the citizen is sent it in the chat too. */
public record ChatCaseReceipt(String reference) {}

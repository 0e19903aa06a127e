package uk.police.portal.ui.caseapi.entity;

/** A button the bot offers: {@code value} is sent back as the reply, {@code label} is shown. */
public record ChatChoice(String value, String label) {}

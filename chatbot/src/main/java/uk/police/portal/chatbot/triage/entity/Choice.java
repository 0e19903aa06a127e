package uk.police.portal.chatbot.triage.entity;

/** A button the UI may show: {@code value} is sent back as the reply, {@code label} is shown. */
public record Choice(String value, String label) {}

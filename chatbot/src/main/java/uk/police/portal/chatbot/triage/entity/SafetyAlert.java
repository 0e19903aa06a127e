package uk.police.portal.chatbot.triage.entity;

/**
 * A safety rule fired: someone may be in danger now. {@code rule} names the rule (for the handler
 * and the audit); {@code evidence} is the part of the message that made it fire.
 */
public record SafetyAlert(String rule, String evidence) {}

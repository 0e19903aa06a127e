package uk.police.portal.ui.caseapi.entity;

/** A secure message to send on a case. */
public record NewMessage(String text) {}

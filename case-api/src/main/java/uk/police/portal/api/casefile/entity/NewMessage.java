package uk.police.portal.api.casefile.entity;

/** A secure message to send on a case. */
public record NewMessage(String text) {}

package uk.police.portal.api.platform.entity;

/** Why one answer was refused; field as in the request body, nested as contact.email. */
public record FieldError(String field, String message) {}

package uk.police.portal.ui.caseapi.entity;

/** case-api's word on one answer: the field (as in ReportForm, nested as contact.email) and why. */
public record FieldError(String field, String message) {}

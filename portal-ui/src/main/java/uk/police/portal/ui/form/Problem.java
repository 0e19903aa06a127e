package uk.police.portal.ui.form;

/** One thing to put right: the message, and the id of the field the summary's link goes to. */
public record Problem(String fieldId, String message) {}

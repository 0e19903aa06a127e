package uk.police.portal.ui.caseapi.entity;

/** A ready-written reply a handler can insert into their message and change before sending. */
public record CannedResponse(String id, String title, String text) {}

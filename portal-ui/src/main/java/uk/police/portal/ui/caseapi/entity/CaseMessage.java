package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/** A secure message on a case; from is CITIZEN or POLICE. */
public record CaseMessage(
    long id, OffsetDateTime sentAt, String from, String author, String text) {}

package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/**
 * One thing that happened in a case. type is RECEIVED, ASSIGNED, UPDATE, NOTE,
 * INFORMATION_REQUESTED, INFORMATION_ADDED, STATUS_CHANGED, KEY_EVENT or OUTCOME.
 */
public record TimelineEntry(
    long id,
    OffsetDateTime at,
    String type,
    String title,
    String text,
    boolean visibleToVictim,
    String author) {}

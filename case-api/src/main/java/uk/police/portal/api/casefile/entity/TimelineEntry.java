package uk.police.portal.api.casefile.entity;

import java.time.OffsetDateTime;

/** One thing that happened in a case, as the caller may see it. */
public record TimelineEntry(
    long id,
    OffsetDateTime at,
    EventType type,
    String title,
    String text,
    boolean visibleToVictim,
    String author) {}

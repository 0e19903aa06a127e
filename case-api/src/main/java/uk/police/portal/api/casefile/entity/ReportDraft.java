package uk.police.portal.api.casefile.entity;

import java.time.OffsetDateTime;

/**
 * A report not yet sent: the answers so far and the question page the person was on, so that a
 * closed tab or a flat battery loses nothing. One per citizen.
 */
public record ReportDraft(String step, ReportForm form, OffsetDateTime savedAt) {}

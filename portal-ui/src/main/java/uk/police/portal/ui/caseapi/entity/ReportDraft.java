package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/** A report not yet sent, and the question page the person was on. */
public record ReportDraft(String step, ReportForm form, OffsetDateTime savedAt) {}

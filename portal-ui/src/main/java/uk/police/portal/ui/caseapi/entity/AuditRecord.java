package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;

/** One line of the audit log: who did what to which case, when and why. */
public record AuditRecord(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String actorRoles,
    String action,
    String subjectType,
    String subjectId,
    String reason) {}

package uk.police.portal.api.audit.entity;

import java.time.OffsetDateTime;

/** An audit log line as the API shows it to supervisors. */
public record AuditRecord(
    Long id,
    OffsetDateTime occurredAt,
    String actor,
    String actorRoles,
    String action,
    String subjectType,
    String subjectId,
    String reason) {}

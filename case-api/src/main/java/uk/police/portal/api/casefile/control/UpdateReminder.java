package uk.police.portal.api.casefile.control;

import java.time.LocalDate;

/** An officer must update a victim by a given day. */
public record UpdateReminder(String email, String officerName, String reference, LocalDate dueBy) {}

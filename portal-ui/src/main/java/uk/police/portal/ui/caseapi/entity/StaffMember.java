package uk.police.portal.ui.caseapi.entity;

/** An officer a supervisor can give a case to. */
public record StaffMember(String username, String name) {}

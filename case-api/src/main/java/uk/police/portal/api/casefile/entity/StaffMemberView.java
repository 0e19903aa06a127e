package uk.police.portal.api.casefile.entity;

/** An officer a case can be given to: anyone with the investigator role who has signed in. */
public record StaffMemberView(String username, String name) {}

package uk.police.portal.api.casefile.entity;

/** Who should work a case: the user name of an investigator or supervisor. */
public record Assignment(String officer) {}

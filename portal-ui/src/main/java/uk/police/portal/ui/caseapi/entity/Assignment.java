package uk.police.portal.ui.caseapi.entity;

/** Who should work a case: an investigator's user name. */
public record Assignment(String officer) {}

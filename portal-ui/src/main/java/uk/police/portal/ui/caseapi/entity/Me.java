package uk.police.portal.ui.caseapi.entity;

import java.util.List;

/** The signed-in person as case-api sees them ({@code GET /api/me}). */
public record Me(String subject, String username, String name, List<String> roles) {}

package uk.police.portal.ui.caseapi.entity;

/** An agency a handler can refer a citizen to, and how the citizen reaches it. */
public record PartnerAgency(String code, String name, String howToContact) {}

package uk.police.portal.api.casefile.control;

/**
 * Something the victim should look at on the portal; mailed after the transaction commits, and only
 * when they allowed email. The headline never says anything about the crime.
 */
public record VictimNotice(String reference, String reportJson, String headline) {}

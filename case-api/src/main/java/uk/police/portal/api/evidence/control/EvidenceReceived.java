package uk.police.portal.api.evidence.control;

import uk.police.portal.api.evidence.entity.EvidenceReceipt;

/**
 * A citizen's file was recorded; the receipt is emailed once the transaction has committed, and
 * only if they allowed email in their report.
 */
public record EvidenceReceived(EvidenceReceipt receipt, String reportJson) {}

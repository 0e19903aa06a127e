package uk.police.portal.api.triage.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import uk.police.portal.chatbot.triage.entity.Assessment;

/**
 * The triage of one message, with the same fields as {@code ./portal triage} writes, plus which
 * safety rule fired. {@code referral} is null unless a partner agency should take it.
 */
@JsonbNillable
public record TriageResult(
    String text,
    String category,
    boolean emergency,
    String safetyRule,
    String referral,
    String language,
    double confidence) {

  public static TriageResult of(String text, Assessment assessment) {
    return new TriageResult(
        text,
        assessment.category().name(),
        assessment.emergency(),
        assessment.safetyRule(),
        assessment.referral() == null ? null : assessment.referral().name(),
        assessment.language(),
        Math.round(assessment.confidence() * 1000) / 1000.0);
  }
}

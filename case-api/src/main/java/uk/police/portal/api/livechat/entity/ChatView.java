package uk.police.portal.api.livechat.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A chat as a client sees it (see the API contract). The staff-only fields are null in the
 * citizen's view.
 */
public record ChatView(
    String id,
    ChatState state,
    String language,
    boolean rightToLeft,
    String queue,
    String priority,
    Integer queuePosition,
    Integer estimatedWaitSeconds,
    String handlerFirstName,
    String caseReference,
    int lastSeq,
    int citizenReceivedSeq,
    int handlerReceivedSeq,
    OffsetDateTime startedAt,
    OffsetDateTime assignedAt,
    OffsetDateTime endedAt,
    Summary summary,
    String handlerUsername,
    OffsetDateTime quickExitAt,
    String passedOverBy,
    OffsetDateTime oldestUnansweredAt) {

  /** The bot's hand-over summary, for the handler. */
  public record Summary(
      String category,
      String categoryLabel,
      String priority,
      String safetyRule,
      List<String> vulnerabilities,
      List<Answer> answers,
      String language) {}

  public record Answer(String question, String answer) {}
}

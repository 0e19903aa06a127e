package uk.police.portal.ui.caseapi.entity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A live chat as case-api shows it (its ChatView). The citizen's copy has no summary and no staff
 * fields (they are null); staff get all of it.
 *
 * @param state BOT, WAITING, ASSIGNED or ENDED
 * @param rightToLeft the chat's language is written right to left (Arabic, Urdu)
 */
public record LiveChat(
    String id,
    String state,
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

  public static final String BOT = "BOT";
  public static final String WAITING = "WAITING";
  public static final String ASSIGNED = "ASSIGNED";
  public static final String ENDED = "ENDED";

  public boolean ended() {
    return ENDED.equals(state);
  }

  public boolean waiting() {
    return WAITING.equals(state);
  }

  /** The bot's hand-over summary (staff only). */
  public record Summary(
      String category,
      String categoryLabel,
      String priority,
      String safetyRule,
      List<String> vulnerabilities,
      List<Answer> answers,
      String language) {}

  /** One question the bot asked and what the citizen answered. */
  public record Answer(String question, String answer) {}
}

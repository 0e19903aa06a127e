package uk.police.portal.api.livechat.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import uk.police.portal.api.platform.entity.InvalidRequestException;

/** What a citizen thought of a chat: one answer per chat, every question optional. */
@Entity
@Cacheable(false)
@Table(name = "chat_survey")
public class ChatSurvey {

  @Id
  @Column(name = "chat_id")
  private String chatId;

  /** 1 very poor ... 5 excellent. */
  private Integer rating;

  @Column(name = "would_use_again")
  private Boolean wouldUseAgain;

  @Column(name = "would_have_phoned_101")
  private Boolean wouldHavePhoned101;

  @Column(name = "answered_at", nullable = false)
  private OffsetDateTime answeredAt;

  protected ChatSurvey() {}

  public ChatSurvey(
      Chat chat,
      Integer rating,
      Boolean wouldUseAgain,
      Boolean wouldHavePhoned101,
      OffsetDateTime answeredAt) {
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new InvalidRequestException(
          "rating is 1 (very poor) to 5 (excellent), or leave it out.");
    }
    this.chatId = chat.id();
    this.rating = rating;
    this.wouldUseAgain = wouldUseAgain;
    this.wouldHavePhoned101 = wouldHavePhoned101;
    this.answeredAt = answeredAt;
  }

  public Integer rating() {
    return rating;
  }

  public Boolean wouldUseAgain() {
    return wouldUseAgain;
  }

  public Boolean wouldHavePhoned101() {
    return wouldHavePhoned101;
  }
}

package uk.police.portal.api.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A secure message between the victim and the police on one case. Never changed once sent. */
@Entity
@Table(name = "case_message")
@NamedQuery(
    name = CaseMessage.OF_CASE,
    query = "select m from CaseMessage m where m.caseId = :case order by m.sentAt desc, m.id desc")
@NamedQuery(
    name = CaseMessage.COUNT_OF_CASE,
    query = "select count(m) from CaseMessage m where m.caseId = :case")
public class CaseMessage {

  public static final String OF_CASE = "CaseMessage.ofCase";
  public static final String COUNT_OF_CASE = "CaseMessage.countOfCase";

  @Id
  @SequenceGenerator(
      name = "case_message_seq",
      sequenceName = "case_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_message_seq")
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private OffsetDateTime sentAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CaseMessageView.Sender sender;

  @Column(name = "author_subject", nullable = false, updatable = false)
  private String authorSubject;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(nullable = false, updatable = false)
  private String text;

  protected CaseMessage() {}

  public CaseMessage(
      CaseFile file,
      OffsetDateTime sentAt,
      CaseMessageView.Sender sender,
      Person author,
      String text) {
    this.caseId = file.id();
    this.sentAt = sentAt;
    this.sender = sender;
    this.authorSubject = author.subject();
    this.authorName = author.name();
    this.text = text;
  }

  public CaseMessageView toView() {
    return new CaseMessageView(id, sentAt, sender, authorName, text);
  }
}

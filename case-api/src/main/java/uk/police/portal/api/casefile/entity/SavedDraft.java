package uk.police.portal.api.casefile.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A citizen's unfinished report, kept as JSON: one per citizen, replaced on every save. */
@Entity
@Table(name = "report_draft")
public class SavedDraft {

  @Id
  @Column(name = "citizen_subject")
  private String citizenSubject;

  @Column(nullable = false)
  private String step;

  @Column(name = "form_json", nullable = false)
  private String formJson;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected SavedDraft() {}

  public SavedDraft(String citizenSubject) {
    this.citizenSubject = citizenSubject;
  }

  public void replace(String step, String formJson, OffsetDateTime savedAt) {
    this.step = step;
    this.formJson = formJson;
    this.savedAt = savedAt;
  }

  public String step() {
    return step;
  }

  public String formJson() {
    return formJson;
  }

  public OffsetDateTime savedAt() {
    return savedAt;
  }
}

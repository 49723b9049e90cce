package org.specworks.cms.releases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One step of a release's review, approved: by whom, when, with what note. */
@Embeddable
public class ReleaseApproval {

  @Column(name = "step_name", nullable = false, length = 100)
  private String stepName;

  @Column(name = "approved_by", nullable = false, length = 64)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private OffsetDateTime approvedAt;

  @Column(name = "note", length = 4000)
  private String note;

  protected ReleaseApproval() {
    // for JPA
  }

  ReleaseApproval(String stepName, String approvedBy, String note, Instant at) {
    this.stepName = stepName;
    this.approvedBy = approvedBy;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.approvedAt = at.atOffset(ZoneOffset.UTC);
  }

  public String stepName() {
    return stepName;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt.toInstant();
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}

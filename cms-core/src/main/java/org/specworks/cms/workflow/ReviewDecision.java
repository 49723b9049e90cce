package org.specworks.cms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One step's decision, bound to the exact revision (id and content hash) it judged. Never changed.
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

  public enum Outcome {
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_decision_seq")
  @SequenceGenerator(
      name = "review_decision_seq",
      sequenceName = "review_decision_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "review_id", nullable = false, updatable = false)
  private Review review;

  @Column(name = "step_index", nullable = false, updatable = false)
  private int stepIndex;

  @Column(name = "step_name", nullable = false, updatable = false, length = 100)
  private String stepName;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private Outcome outcome;

  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "revision_id", nullable = false, updatable = false)
  private long revisionId;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(name = "comment", nullable = false, updatable = false, length = 4000)
  private String comment;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private OffsetDateTime decidedAt;

  protected ReviewDecision() {
    // for JPA
  }

  ReviewDecision(
      Review review,
      int stepIndex,
      String stepName,
      Outcome outcome,
      String actor,
      String comment,
      Instant decidedAt) {
    this.review = review;
    this.stepIndex = stepIndex;
    this.stepName = stepName;
    this.outcome = outcome;
    this.actor = actor;
    this.revisionId = review.revisionId();
    this.contentHash = review.contentHash();
    this.comment = comment == null ? "" : comment.strip();
    this.decidedAt = decidedAt.atOffset(ZoneOffset.UTC);
  }

  public int stepIndex() {
    return stepIndex;
  }

  public String stepName() {
    return stepName;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String actor() {
    return actor;
  }

  public long revisionId() {
    return revisionId;
  }

  public String contentHash() {
    return contentHash;
  }

  public String comment() {
    return comment;
  }

  public Instant decidedAt() {
    return decidedAt.toInstant();
  }
}

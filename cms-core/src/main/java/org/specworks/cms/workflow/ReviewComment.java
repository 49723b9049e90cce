package org.specworks.cms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A remark on a review, kept with the revision it was made on. Never changed. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_comment_seq")
  @SequenceGenerator(
      name = "review_comment_seq",
      sequenceName = "review_comment_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "review_id", nullable = false, updatable = false)
  private long reviewId;

  @Column(name = "revision_id", nullable = false, updatable = false)
  private long revisionId;

  @Column(name = "author", nullable = false, updatable = false, length = 100)
  private String author;

  @Column(name = "text", nullable = false, updatable = false, length = 4000)
  private String text;

  @Column(name = "written_at", nullable = false, updatable = false)
  private OffsetDateTime writtenAt;

  protected ReviewComment() {
    // for JPA
  }

  ReviewComment(long reviewId, long revisionId, String author, String text, Instant writtenAt) {
    this.reviewId = reviewId;
    this.revisionId = revisionId;
    this.author = author;
    this.text = text;
    this.writtenAt = writtenAt.atOffset(ZoneOffset.UTC);
  }

  public long reviewId() {
    return reviewId;
  }

  public long revisionId() {
    return revisionId;
  }

  public String author() {
    return author;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt.toInstant();
  }
}

package org.specworks.cms.content;

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
import java.util.Optional;

/**
 * Tells an author that someone saved their own version on top of the author's revisions (the
 * conflict dialog's "save my version on top of theirs"). Shown on the author's dashboard until
 * dismissed; the revisions themselves stay in history.
 */
@Entity
@Table(name = "overwrite_notice")
public class OverwriteNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overwrite_notice_seq")
  @SequenceGenerator(
      name = "overwrite_notice_seq",
      sequenceName = "overwrite_notice_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "recipient", nullable = false, updatable = false, length = 64)
  private String recipient;

  @Column(name = "saved_by", nullable = false, updatable = false, length = 64)
  private String savedBy;

  @Column(name = "saved_revision", nullable = false, updatable = false)
  private int savedRevision;

  /** The recipient's revision numbers that were saved over, e.g. "3, 4". */
  @Column(name = "overwritten", nullable = false, updatable = false, length = 1000)
  private String overwritten;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "dismissed_at")
  private OffsetDateTime dismissedAt;

  protected OverwriteNotice() {
    // for JPA
  }

  OverwriteNotice(
      long itemId,
      String recipient,
      String savedBy,
      int savedRevision,
      String overwritten,
      Instant at) {
    this.itemId = itemId;
    this.recipient = recipient;
    this.savedBy = savedBy;
    this.savedRevision = savedRevision;
    this.overwritten = overwritten;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  void dismiss(Instant at) {
    dismissedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public String recipient() {
    return recipient;
  }

  public String savedBy() {
    return savedBy;
  }

  public int savedRevision() {
    return savedRevision;
  }

  public String overwritten() {
    return overwritten;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> dismissedAt() {
    return Optional.ofNullable(dismissedAt).map(OffsetDateTime::toInstant);
  }
}

package org.specworks.cms.preview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One shared preview of one revision: who made it, until when it works, and whether it was revoked.
 */
@Entity
@Table(name = "preview_link")
public class PreviewLink {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preview_link_seq")
  @SequenceGenerator(
      name = "preview_link_seq",
      sequenceName = "preview_link_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "revision_id", nullable = false, updatable = false)
  private long revisionId;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PreviewLink() {
    // for JPA
  }

  PreviewLink(
      long itemId, long revisionId, String createdBy, Instant createdAt, Instant expiresAt) {
    this.itemId = itemId;
    this.revisionId = revisionId;
    this.createdBy = createdBy;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }

  void revoke(String by, Instant at) {
    this.revokedBy = by;
    this.revokedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public long revisionId() {
    return revisionId;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt.toInstant());
  }
}

package org.specworks.cms.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.specworks.cms.content.Revision;

/**
 * One public version of an item: the revision that went live, its number among the item's versions,
 * when.
 */
@Entity
@Table(name = "publication")
public class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_seq")
  @SequenceGenerator(
      name = "publication_seq",
      sequenceName = "publication_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "revision_id", nullable = false, updatable = false)
  private Revision revision;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "published_at", nullable = false, updatable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", nullable = false, updatable = false, length = 64)
  private String publishedBy;

  protected Publication() {
    // for JPA
  }

  Publication(long itemId, Revision revision, int version, Instant at, String publishedBy) {
    this.itemId = itemId;
    this.revision = revision;
    this.version = version;
    this.publishedAt = at.atOffset(ZoneOffset.UTC);
    this.publishedBy = publishedBy;
  }

  public long itemId() {
    return itemId;
  }

  public Revision revision() {
    return revision;
  }

  public int version() {
    return version;
  }

  public Instant publishedAt() {
    return publishedAt.toInstant();
  }

  public String publishedBy() {
    return publishedBy;
  }
}

package org.specworks.cms.releases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One item's exact revision in a release, bound to its content hash like a review is. */
@Entity
@Table(name = "content_release_entry")
public class ReleaseEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_release_entry_seq")
  @SequenceGenerator(
      name = "content_release_entry_seq",
      sequenceName = "content_release_entry_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "release_id", nullable = false, updatable = false)
  private Release release;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "revision_id", nullable = false)
  private long revisionId;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "added_by", nullable = false, length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  protected ReleaseEntry() {
    // for JPA
  }

  ReleaseEntry(Release release, Revision revision, String addedBy, Instant at) {
    this.release = release;
    this.itemId = revision.item().id();
    point(revision, addedBy, at);
  }

  /** Makes the entry hold another revision of its item (the item's newer draft). */
  void point(Revision revision, String by, Instant at) {
    this.revisionId = revision.id();
    this.contentHash = revision.contentHash();
    this.addedBy = by;
    this.addedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Whether the entry still holds exactly this revision's content. */
  public boolean holds(Revision revision) {
    return revisionId == revision.id() && contentHash.equals(revision.contentHash());
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

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt.toInstant();
  }
}

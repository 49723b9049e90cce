package org.specworks.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;

/**
 * An immutable snapshot of an item's content. Every save makes a new one; none is ever updated or
 * deleted (every column is {@code updatable = false}), so history is exactly what happened.
 */
@Entity
@Table(name = "revision")
public class Revision {

  /** The author recorded for content the system itself created, such as the seed import. */
  public static final String SYSTEM_AUTHOR = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
  @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @Column(name = "number", nullable = false, updatable = false)
  private int number;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "base_revision_id", updatable = false)
  private Revision baseRevision;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 10)
  private RevisionKind kind = RevisionKind.EDIT;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_revision_id", updatable = false)
  private Revision mergedRevision;

  @Column(name = "author", nullable = false, updatable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "change_note", nullable = false, updatable = false, length = 1000)
  private String changeNote;

  @Embedded private RevisionContent content;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  protected Revision() {
    // for JPA
  }

  Revision(
      ContentItem item,
      int number,
      Revision baseRevision,
      String author,
      Instant createdAt,
      String changeNote,
      RevisionContent content) {
    this(
        item,
        number,
        baseRevision,
        RevisionKind.EDIT,
        null,
        author,
        createdAt,
        changeNote,
        content);
  }

  Revision(
      ContentItem item,
      int number,
      Revision baseRevision,
      RevisionKind kind,
      Revision mergedRevision,
      String author,
      Instant createdAt,
      String changeNote,
      RevisionContent content) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("A revision needs an author");
    }
    this.item = item;
    this.number = number;
    this.baseRevision = baseRevision;
    this.kind = kind;
    this.mergedRevision = mergedRevision;
    this.author = author;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    this.changeNote = changeNote == null ? "" : changeNote.strip();
    this.content = content;
    this.contentHash = content.hash();
  }

  public Long id() {
    return id;
  }

  public ContentItem item() {
    return item;
  }

  /** 1 for an item's first revision, then counting up without gaps. */
  public int number() {
    return number;
  }

  /** The revision this one was edited from; empty for an item's first revision. */
  public Optional<Revision> baseRevision() {
    return Optional.ofNullable(baseRevision);
  }

  /** An ordinary edit on the draft line, or a hotfix branched from the live revision. */
  public RevisionKind kind() {
    return kind;
  }

  public boolean isHotfix() {
    return kind == RevisionKind.HOTFIX;
  }

  /** The hotfix this revision merged into the draft line, if it is such a merge. */
  public Optional<Revision> mergedRevision() {
    return Optional.ofNullable(mergedRevision);
  }

  public String author() {
    return author;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String changeNote() {
    return changeNote;
  }

  public RevisionContent content() {
    return content;
  }

  public String contentHash() {
    return contentHash;
  }
}

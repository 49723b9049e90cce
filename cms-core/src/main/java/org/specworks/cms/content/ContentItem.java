package org.specworks.cms.content;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of content with a history. It points at two revisions: the latest (what editors work on)
 * and the live one (what readers see). They differ while a newer draft is being worked on, and the
 * live one keeps serving.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_item_seq")
  @SequenceGenerator(
      name = "content_item_seq",
      sequenceName = "content_item_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, updatable = false, length = 40)
  private ContentType type;

  @Column(name = "path", nullable = false, unique = true, length = 400)
  private String path;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "latest_revision_id")
  private Revision latestRevision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "live_revision_id")
  private Revision liveRevision;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /**
   * The highest revision number given out; hotfixes take numbers without becoming the latest
   * revision.
   */
  @Column(name = "revision_count", nullable = false)
  private int revisionCount;

  @Column(name = "archived", nullable = false)
  private boolean archived;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ContentItem() {
    // for JPA
  }

  public ContentItem(ContentType type, ContentPath path, Instant createdAt) {
    this.type = Objects.requireNonNull(type, "type");
    this.path = path.value();
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  /**
   * Records a new revision on top of the latest one. The caller persists the returned revision;
   * nothing that was there before changes.
   */
  public Revision addRevision(
      RevisionContent content, String author, String changeNote, Instant at) {
    Objects.requireNonNull(content, "content");
    Revision revision =
        new Revision(this, ++revisionCount, latestRevision, author, at, changeNote, content);
    latestRevision = revision;
    return revision;
  }

  /**
   * Records a new revision on the draft line that also takes in a hotfix which went live meanwhile:
   * the draft no longer lacks that fix.
   */
  public Revision addMerge(
      RevisionContent content, Revision hotfix, String author, String changeNote, Instant at) {
    if (hotfix.item() != this || !hotfix.isHotfix()) {
      throw new IllegalArgumentException("Revision " + hotfix.id() + " is not a hotfix of " + path);
    }
    Revision revision =
        new Revision(
            this,
            ++revisionCount,
            latestRevision,
            RevisionKind.EDIT,
            hotfix,
            author,
            at,
            changeNote,
            content);
    latestRevision = revision;
    return revision;
  }

  /**
   * Records a fix of the live revision beside the draft line: the latest revision (the waiting
   * draft) stays as it is, and the fix becomes live only when published on its own.
   */
  public Revision addHotfix(RevisionContent content, String author, String changeNote, Instant at) {
    if (liveRevision == null) {
      throw new IllegalStateException(path + " is not live: there is nothing to fix on the site");
    }
    return new Revision(
        this,
        ++revisionCount,
        liveRevision,
        RevisionKind.HOTFIX,
        null,
        author,
        at,
        changeNote,
        content);
  }

  /** Makes the given revision of this item the one readers see. */
  public void publish(Revision revision) {
    if (revision.item() != this) {
      throw new IllegalArgumentException("Revision " + revision.id() + " belongs to another item");
    }
    liveRevision = revision;
    archived = false;
  }

  /**
   * Takes the item off the public site; its history stays, and publishing a revision again brings
   * it back.
   */
  public void unpublish() {
    if (liveRevision == null) {
      throw new IllegalStateException(path + " is not published");
    }
    liveRevision = null;
    archived = true;
  }

  /**
   * Whether {@code revision} is a hotfix of the revision live now: only such a fix may be reviewed
   * or go live.
   */
  public boolean isHotfixOfLive(Revision revision) {
    return revision.isHotfix()
        && liveRevision != null
        && revision
            .baseRevision()
            .map(Revision::id)
            .filter(id -> id.equals(liveRevision.id()))
            .isPresent();
  }

  /**
   * The number of the revision where the current change starts: the live one, or, when a hotfix (or
   * a hotfix of a hotfix) is live, the draft-line revision the fixes branched from (the draft line
   * started there too). 0 if nothing is live.
   */
  public int changeStartNumber() {
    if (liveRevision == null) {
      return 0;
    }
    // A hotfix may fix a live hotfix; the draft line started at the first non-hotfix revision below
    // them.
    Revision start = liveRevision;
    while (start.isHotfix()) {
      start = start.baseRevision().orElseThrow();
    }
    return start.number();
  }

  /**
   * Why a hotfix of the live revision cannot be started now, or empty if it can. A hotfix fixes
   * what readers see while a bigger draft waits, so something must be live and the latest revision
   * must be a draft newer than it; without a waiting draft an ordinary edit is the fix. The editor
   * offers a hotfix only when this is empty, and {@code HotfixService.saveHotfix} refuses with this
   * reason.
   */
  public Optional<String> whyNoHotfix() {
    if (liveRevision == null) {
      return Optional.of(path + " is not on the site: there is nothing live to fix.");
    }
    if (latestRevision == null || isLive(latestRevision)) {
      return Optional.of("No draft is waiting for " + path + ": edit it normally to fix it.");
    }
    return Optional.empty();
  }

  /** Whether a hotfix of the live revision can be started now ({@link #whyNoHotfix()}). */
  public boolean canTakeHotfix() {
    return whyNoHotfix().isEmpty();
  }

  /**
   * Why the revision with id {@code shownRevisionId}, which a screen showed as this item's latest,
   * is not the latest any more (which revision is, and who saved it), or empty if it still is.
   * Actions taken on what a screen showed, such as the content list's bulk actions, refuse with
   * this reason instead of acting on a revision nobody saw.
   */
  public Optional<String> whyNotLatest(long shownRevisionId) {
    Revision latest =
        latestRevision().orElseThrow(() -> new IllegalStateException(path + " has no revision"));
    if (Objects.equals(latest.id(), shownRevisionId)) {
      return Optional.empty();
    }
    return Optional.of(
        "Changed since you loaded it: revision "
            + latest.number()
            + " by "
            + latest.author()
            + " is the latest now.");
  }

  /** Whether {@code revision} is the one readers see now. */
  public boolean isLive(Revision revision) {
    return liveRevision != null && liveRevision.id().equals(revision.id());
  }

  public PublicationStatus status() {
    if (archived) {
      return PublicationStatus.ARCHIVED;
    }
    if (liveRevision == null) {
      return PublicationStatus.NEVER_PUBLISHED;
    }
    return liveRevision == latestRevision
        ? PublicationStatus.LIVE
        : PublicationStatus.LIVE_WITH_PENDING_CHANGES;
  }

  public Long id() {
    return id;
  }

  public ContentType type() {
    return type;
  }

  public ContentPath path() {
    return ContentPath.of(path);
  }

  public Optional<Revision> latestRevision() {
    return Optional.ofNullable(latestRevision);
  }

  public Optional<Revision> liveRevision() {
    return Optional.ofNullable(liveRevision);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public long version() {
    return version;
  }
}

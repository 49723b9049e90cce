package org.specworks.cms.publishing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.Revision;

/**
 * Numbers the public versions of items. Publishing a revision makes it the next version, unless it
 * is already the newest version (re-publishing after an unpublish does not invent a new text).
 */
@Dependent
public class PublicationLog {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Records that {@code revision} of {@code item} goes live. The caller holds the item's row lock
   * ({@code ContentService.lockByPath}), so version numbers never repeat.
   */
  public Publication record(ContentItem item, Revision revision, String publishedBy) {
    Optional<Publication> newest = newestOf(item.id());
    if (newest.isPresent() && newest.get().revision().id().equals(revision.id())) {
      return newest.get();
    }
    Publication publication =
        new Publication(
            item.id(),
            revision,
            newest.map(Publication::version).orElse(0) + 1,
            clock.instant(),
            publishedBy);
    em.persist(publication);
    return publication;
  }

  /** Oldest first. */
  public List<Publication> versionsOf(long itemId) {
    return em.createQuery(
            "select p from Publication p where p.itemId = :item order by p.version",
            Publication.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /**
   * The revision that was the public version before {@code revision} went live, or empty if it was
   * the item's first public version (or never went live): what a publication replaced, to show it
   * as a record after the fact.
   */
  public Optional<Revision> publishedBefore(long itemId, long revisionId) {
    Revision before = null;
    for (Publication publication : versionsOf(itemId)) {
      if (publication.revision().id() == revisionId) {
        return Optional.ofNullable(before);
      }
      before = publication.revision();
    }
    return Optional.empty();
  }

  public Optional<Publication> newestOf(long itemId) {
    return em.createQuery(
            "select p from Publication p where p.itemId = :item order by p.version desc",
            Publication.class)
        .setParameter("item", itemId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Newest first, across all items. */
  public List<Publication> newest(int limit) {
    return em.createQuery(
            "select p from Publication p order by p.publishedAt desc, p.id desc", Publication.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Newest first, across all items of the given ids. */
  public List<Publication> newestAmong(List<Long> itemIds, int limit) {
    if (itemIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Publication p where p.itemId in :items order by p.publishedAt desc, p.id desc",
            Publication.class)
        .setParameter("items", itemIds)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Gives every live item without a recorded version its first one: items imported from the seed,
   * and items published before versions were recorded.
   */
  public int recordMissing() {
    List<ContentItem> unrecorded =
        em.createQuery(
                "select i from ContentItem i where i.liveRevision is not null and not exists"
                    + " (select p from Publication p where p.itemId = i.id)",
                ContentItem.class)
            .getResultList();
    unrecorded.forEach(
        item -> {
          em.lock(item, LockModeType.PESSIMISTIC_WRITE);
          record(item, item.liveRevision().orElseThrow(), item.liveRevision().get().author());
        });
    return unrecorded.size();
  }
}

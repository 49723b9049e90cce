package org.specworks.cms.content.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;

/** The JPA queries of the content feature, in one place. Runs inside the caller's transaction. */
@Dependent
public class ContentQueries {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  public Optional<ContentItem> itemAt(ContentPath path) {
    return em.createQuery("select i from ContentItem i where i.path = :path", ContentItem.class)
        .setParameter("path", path.value())
        .getResultStream()
        .findFirst();
  }

  public Optional<ContentItem> item(long id) {
    return Optional.ofNullable(em.find(ContentItem.class, id));
  }

  public Optional<Revision> revision(long id) {
    return Optional.ofNullable(em.find(Revision.class, id));
  }

  public Optional<Revision> revision(ContentItem item, int number) {
    return em.createQuery("select r from Revision r where r.item = :item and r.number = :number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /** All items with their latest and live revisions fetched in the same query. */
  public List<ContentItem> allItems() {
    return em.createQuery(
            "select i from ContentItem i left join fetch i.latestRevision left join fetch i.liveRevision"
                + " order by i.path",
            ContentItem.class)
        .getResultList();
  }

  public List<ContentItem> itemsOfType(ContentType type) {
    return em.createQuery(
            "select i from ContentItem i left join fetch i.latestRevision left join fetch i.liveRevision"
                + " where i.type = :type order by i.path",
            ContentItem.class)
        .setParameter("type", type)
        .getResultList();
  }

  /** Live items whose path lies below {@code path}, with their live revisions. */
  public List<ContentItem> liveItemsBelow(ContentPath path) {
    return em.createQuery(
            "select i from ContentItem i join fetch i.liveRevision where i.path like :prefix order by i.path",
            ContentItem.class)
        .setParameter("prefix", path.value() + "/%")
        .getResultList();
  }

  /** One page of live items, optionally of one type, ordered by path. */
  public List<ContentItem> liveItems(ContentType type, int offset, int limit) {
    // Two query texts rather than ":type is null": PostgreSQL cannot type a parameter that is only tested for null.
    TypedQuery<ContentItem> query =
        type == null
            ? em.createQuery("select i from ContentItem i join fetch i.liveRevision order by i.path", ContentItem.class)
            : em.createQuery(
                    "select i from ContentItem i join fetch i.liveRevision where i.type = :type order by i.path",
                    ContentItem.class)
                .setParameter("type", type);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countLiveItems(ContentType type) {
    TypedQuery<Long> query =
        type == null
            ? em.createQuery("select count(i) from ContentItem i where i.liveRevision is not null", Long.class)
            : em.createQuery(
                    "select count(i) from ContentItem i where i.liveRevision is not null and i.type = :type",
                    Long.class)
                .setParameter("type", type);
    return query.getSingleResult();
  }

  /** Paths of all items of a type, live or not. */
  public List<String> pathsOf(ContentType type) {
    return em.createQuery("select i.path from ContentItem i where i.type = :type order by i.path", String.class)
        .setParameter("type", type)
        .getResultList();
  }

  /** Paths of the items of a type that have a live revision. */
  public List<String> livePathsOf(ContentType type) {
    return em.createQuery(
            "select i.path from ContentItem i where i.type = :type and i.liveRevision is not null order by i.path",
            String.class)
        .setParameter("type", type)
        .getResultList();
  }

  public List<Revision> historyOf(ContentItem item) {
    return em.createQuery(
            "select r from Revision r where r.item = :item order by r.number desc", Revision.class)
        .setParameter("item", item)
        .getResultList();
  }

  /** Revisions of the item numbered above {@code number}, oldest first. */
  public List<Revision> revisionsAfter(ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number > :number order by r.number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultList();
  }

  public long countItems() {
    return em.createQuery("select count(i) from ContentItem i", Long.class).getSingleResult();
  }

  public long countRevisions() {
    return em.createQuery("select count(r) from Revision r", Long.class).getSingleResult();
  }

  /**
   * Persists a new item, flushed at once so its revisions can reference it (the two tables point at each other).
   *
   * @return false if another transaction created an item at the same path first
   */
  public boolean add(ContentItem item) {
    em.persist(item);
    return flushWinsRace();
  }

  public void add(Revision revision) {
    em.persist(revision);
  }

  /**
   * Writes pending changes now, so a concurrent writer's conflict (version check, unique revision number) surfaces
   * here rather than at commit.
   *
   * @return false if the write lost to a concurrent one
   */
  public boolean flushWinsRace() {
    try {
      em.flush();
      return true;
    } catch (PersistenceException lostRace) {
      return false;
    }
  }
}

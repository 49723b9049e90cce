package org.specworks.cms.content.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionKind;

/** The JPA queries of the content feature, in one place. Runs inside the caller's transaction. */
@Dependent
public class ContentQueries {

  // EclipseLink's query hint (org.eclipse.persistence.config.QueryHints.REFRESH; the provider is
  // Payara's, not a
  // compile dependency): overwrite a copy this persistence context already holds with the row just
  // locked.
  private static final String REFRESH = "eclipselink.refresh";

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

  /**
   * The item at a path, its row locked until the transaction ends (SELECT … FOR UPDATE) and read
   * afresh from the database, also when this persistence context already holds it.
   */
  public Optional<ContentItem> itemAtForUpdate(ContentPath path) {
    return em.createQuery("select i from ContentItem i where i.path = :path", ContentItem.class)
        .setParameter("path", path.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultStream()
        .findFirst();
  }

  /** Like {@link #itemAtForUpdate(ContentPath)}, by id. */
  public Optional<ContentItem> itemForUpdate(long id) {
    return em.createQuery("select i from ContentItem i where i.id = :id", ContentItem.class)
        .setParameter("id", id)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint(REFRESH, "true")
        .getResultStream()
        .findFirst();
  }

  /**
   * Authors of the item's draft-line revisions (hotfixes are reviewed on their own) numbered after
   * {@code fromNumber} up to and including {@code toNumber}.
   */
  public Set<String> draftAuthorsBetween(ContentItem item, int fromNumber, int toNumber) {
    return new TreeSet<>(
        em.createQuery(
                "select distinct r.author from Revision r where r.item = :item and r.number > :from"
                    + " and r.number <= :to and r.kind <> :hotfix",
                String.class)
            .setParameter("item", item)
            .setParameter("from", fromNumber)
            .setParameter("to", toNumber)
            .setParameter("hotfix", RevisionKind.HOTFIX)
            .getResultList());
  }

  public Optional<Revision> revision(long id) {
    return Optional.ofNullable(em.find(Revision.class, id));
  }

  public Optional<Revision> revision(ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number = :number", Revision.class)
        .setParameter("item", item)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
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
    // Two query texts rather than ":type is null": PostgreSQL cannot type a parameter that is only
    // tested for null.
    TypedQuery<ContentItem> query =
        type == null
            ? em.createQuery(
                "select i from ContentItem i join fetch i.liveRevision order by i.path",
                ContentItem.class)
            : em.createQuery(
                    "select i from ContentItem i join fetch i.liveRevision where i.type = :type order by i.path",
                    ContentItem.class)
                .setParameter("type", type);
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  public long countLiveItems(ContentType type) {
    TypedQuery<Long> query =
        type == null
            ? em.createQuery(
                "select count(i) from ContentItem i where i.liveRevision is not null", Long.class)
            : em.createQuery(
                    "select count(i) from ContentItem i where i.liveRevision is not null and i.type = :type",
                    Long.class)
                .setParameter("type", type);
    return query.getSingleResult();
  }

  /** Every item's path, whatever its type and status. */
  public List<String> allPaths() {
    return em.createQuery("select i.path from ContentItem i", String.class).getResultList();
  }

  /**
   * The live body of every published item, by path: two columns per item instead of whole items and
   * revisions, for checks that compare a text with the whole site.
   */
  public Map<String, String> liveBodies() {
    Map<String, String> bodies = new HashMap<>();
    em.createQuery(
            "select i.path, v.content.body from ContentItem i join i.liveRevision v",
            Object[].class)
        .getResultList()
        .forEach(row -> bodies.put((String) row[0], (String) row[1]));
    return bodies;
  }

  /** Paths of all items of a type, live or not. */
  public List<String> pathsOf(ContentType type) {
    return em.createQuery(
            "select i.path from ContentItem i where i.type = :type order by i.path", String.class)
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

  /**
   * Every revision of the item as (id, base revision id, merged revision id): its history as a
   * graph.
   */
  public List<Object[]> revisionLinks(ContentItem item) {
    return em.createQuery(
            "select r.id, b.id, m.id from Revision r left join r.baseRevision b left join r.mergedRevision m"
                + " where r.item = :item",
            Object[].class)
        .setParameter("item", item)
        .getResultList();
  }

  /** Hotfix revisions branched from the given (live) revision, newest first. */
  public List<Revision> hotfixesOf(Revision live) {
    return em.createQuery(
            "select r from Revision r where r.baseRevision = :live and r.kind = :kind order by r.number desc",
            Revision.class)
        .setParameter("live", live)
        .setParameter("kind", org.specworks.cms.content.RevisionKind.HOTFIX)
        .getResultList();
  }

  public Optional<org.specworks.cms.content.WorkingCopy> workingCopy(long itemId, String username) {
    return em.createQuery(
            "select w from WorkingCopy w where w.itemId = :item and w.username = :user",
            org.specworks.cms.content.WorkingCopy.class)
        .setParameter("item", itemId)
        .setParameter("user", username)
        .getResultStream()
        .findFirst();
  }

  public org.specworks.cms.content.WorkingCopy add(org.specworks.cms.content.WorkingCopy copy) {
    em.persist(copy);
    return copy;
  }

  public void removeWorkingCopy(long itemId, String username) {
    em.createQuery("delete from WorkingCopy w where w.itemId = :item and w.username = :user")
        .setParameter("item", itemId)
        .setParameter("user", username)
        .executeUpdate();
  }

  /** Revisions of the item numbered above {@code number}, oldest first. */
  public List<Revision> revisionsAfter(ContentItem item, int number) {
    return em.createQuery(
            "select r from Revision r where r.item = :item and r.number > :number order by r.number",
            Revision.class)
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
   * Persists a new item, flushed at once so its revisions can reference it (the two tables point at
   * each other).
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
   * Writes pending changes now, so a concurrent writer's conflict (version check, unique revision
   * number) surfaces here rather than at commit.
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

  /** One page of the admin's content list, filtered and ordered in the database. */
  public List<ContentItem> listPage(ContentListQuery query, int offset, int limit) {
    String order =
        switch (query.sort()) {
          case PATH -> "i.path";
          case TITLE -> "lower(l.content.title)";
          case CHANGED -> "l.createdAt";
        };
    return listQuery(
            query,
            "select i",
            " order by " + order + (query.descending() ? " desc" : "") + ", i.id",
            ContentItem.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long listCount(ContentListQuery query) {
    return listQuery(query, "select count(i)", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> listQuery(
      ContentListQuery query, String select, String order, Class<T> type) {
    StringBuilder jpql =
        new StringBuilder(select)
            .append(
                " from ContentItem i join i.latestRevision l left join i.liveRevision v where 1 = 1");
    query.type().ifPresent(t -> jpql.append(" and i.type = :type"));
    query.author().ifPresent(a -> jpql.append(" and l.author = :author"));
    query
        .text()
        .ifPresent(
            t ->
                jpql.append(
                    " and (lower(i.path) like :text escape '!'"
                        + " or lower(l.content.title) like :text escape '!')"));
    query
        .status()
        .ifPresent(
            status ->
                jpql.append(
                    switch (status) {
                      // SQL('…'), EclipseLink's raw SQL: its own boolean literals come out as 0/1,
                      // which H2 refuses to compare.
                      case ARCHIVED -> " and i.archived = SQL('true')";
                      case NEVER_PUBLISHED -> " and i.archived = SQL('false') and v is null";
                      case LIVE -> " and v = l";
                      case LIVE_WITH_PENDING_CHANGES -> " and v is not null and v <> l";
                    }));
    TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
    query.type().ifPresent(t -> typed.setParameter("type", t));
    query.author().ifPresent(a -> typed.setParameter("author", a));
    query
        .text()
        .ifPresent(
            t ->
                typed.setParameter(
                    "text",
                    "%"
                        + t.toLowerCase(java.util.Locale.ROOT)
                            .replace("!", "!!")
                            .replace("%", "!%")
                            .replace("_", "!_")
                        + "%"));
    return typed;
  }
}

package org.specworks.cms.audit.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.audit.AuditTally;

/** The JPA queries of the audit trail. */
@Dependent
public class AuditQueries {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  public void add(AuditEntry entry) {
    em.persist(entry);
  }

  public List<AuditEntry> forItem(long itemId) {
    return em.createQuery(
            "select e from AuditEntry e where e.itemId = :item order by e.occurredAt, e.id",
            AuditEntry.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public List<AuditEntry> latest(int limit) {
    return em.createQuery(
            "select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
    return where(
            filter,
            "select e from AuditEntry e",
            " order by e.occurredAt desc, e.id desc",
            AuditEntry.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(AuditFilter filter) {
    return where(filter, "select count(e) from AuditEntry e", "", Long.class).getSingleResult();
  }

  public long countSince(String action, Instant since) {
    return em.createQuery(
            "select count(e) from AuditEntry e where e.action = :action and e.occurredAt >= :since",
            Long.class)
        .setParameter("action", action)
        .setParameter("since", since.atOffset(ZoneOffset.UTC))
        .getSingleResult();
  }

  /** The most frequent values of {@code field} ("actor" or "detail") among recent entries. */
  public List<AuditTally> tallySince(String field, String action, Instant since, int limit) {
    if (!field.equals("actor") && !field.equals("detail")) {
      throw new IllegalArgumentException(field);
    }
    return em.createQuery(
            "select e."
                + field
                + ", count(e) as n from AuditEntry e"
                + " where e.action = :action and e.occurredAt >= :since group by e."
                + field
                + " order by n desc",
            Object[].class)
        .setParameter("action", action)
        .setParameter("since", since.atOffset(ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new AuditTally((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  private <T> TypedQuery<T> where(AuditFilter filter, String select, String order, Class<T> type) {
    StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
    filter.actor().ifPresent(actor -> jpql.append(" and e.actor = :actor"));
    filter
        .action()
        .ifPresent(
            action ->
                jpql.append(
                    action.endsWith(".")
                        ? " and e.action like :action escape '!'"
                        : " and e.action = :action"));
    filter.pathContains().ifPresent(path -> jpql.append(" and e.itemPath like :path escape '!'"));
    filter.from().ifPresent(from -> jpql.append(" and e.occurredAt >= :from"));
    filter.until().ifPresent(until -> jpql.append(" and e.occurredAt < :until"));
    TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
    filter
        .actor()
        .ifPresent(actor -> query.setParameter("actor", actor.toLowerCase(java.util.Locale.ROOT)));
    filter
        .action()
        .ifPresent(
            action ->
                query.setParameter(
                    "action", action.endsWith(".") ? literal(action) + "%" : action));
    filter.pathContains().ifPresent(path -> query.setParameter("path", "%" + literal(path) + "%"));
    filter.from().ifPresent(from -> query.setParameter("from", from.atOffset(ZoneOffset.UTC)));
    filter.until().ifPresent(until -> query.setParameter("until", until.atOffset(ZoneOffset.UTC)));
    return query;
  }

  /**
   * LIKE wildcards typed by a person are matched literally, not as wildcards ('!' is the escape).
   */
  private static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}

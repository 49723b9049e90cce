package org.specworks.cms.audit.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.specworks.cms.audit.AuditEntry;

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
            "select e from AuditEntry e where e.itemId = :item order by e.occurredAt, e.id", AuditEntry.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public List<AuditEntry> latest(int limit) {
    return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }
}

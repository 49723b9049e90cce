package org.specworks.cms.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.specworks.cms.content.ContentType;

/** What the database shows as live, read for the {@link SafetyNet}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LiveStateReads {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** The digest of the committed live state: one aggregate over the items, no rows read. */
  public LiveFingerprint fingerprint() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select count(live_revision_id), coalesce(sum(live_revision_id), 0),"
                        + " coalesce(sum(id * live_revision_id), 0) from content_item")
                .getSingleResult();
    return new LiveFingerprint(
        ((Number) row[0]).longValue(),
        ((Number) row[1]).longValue(),
        ((Number) row[2]).longValue());
  }

  /** Every item with its live revision, if any. */
  public List<ItemLiveState> items() {
    List<?> rows =
        em.createNativeQuery(
                "select id, path, content_type, live_revision_id from content_item order by id")
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new ItemLiveState(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    ContentType.valueOf((String) row[2]),
                    row[3] == null ? null : ((Number) row[3]).longValue()))
        .toList();
  }
}

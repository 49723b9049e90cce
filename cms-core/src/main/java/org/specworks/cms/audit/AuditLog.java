package org.specworks.cms.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.specworks.cms.audit.internal.AuditQueries;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;


/**
 * Records actions in the caller's transaction, so an entry exists exactly when its action happened: a refused or
 * rolled-back action leaves none. Offers no way to change or delete an entry.
 */
@Stateless
public class AuditLog {

  @Inject private AuditQueries queries;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, AuditAction action, ContentItem item, Revision revision, String detail) {
    queries.add(
        new AuditEntry(
            clock.instant(),
            actor.username(),
            action,
            item == null ? null : item.id(),
            item == null ? null : item.path().value(),
            revision == null ? null : revision.id(),
            detail));
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Actor actor, AuditAction action, String detail) {
    record(actor, action, null, null, detail);
  }

  /** An item's entries, oldest first. */
  public List<AuditEntry> forItem(long itemId) {
    return queries.forItem(itemId);
  }

  /** The newest entries across the whole CMS, newest first. */
  public List<AuditEntry> latest(int limit) {
    return queries.latest(limit);
  }

  /**
   * One page of the entries that match, newest first: for the administrators' audit log viewer and its export.
   *
   * @throws org.specworks.cms.shared.PermissionDeniedException unless {@code viewer} is an administrator
   */
  public List<AuditEntry> search(Actor viewer, AuditFilter filter, int offset, int limit) {
    viewer.require(Permission.READ_AUDIT_LOG);
    return queries.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  public long count(Actor viewer, AuditFilter filter) {
    viewer.require(Permission.READ_AUDIT_LOG);
    return queries.count(filter);
  }

  /** The largest page {@link #search} returns; exports read page by page. */
  public static final int MAX_PAGE = 1000;
}

package org.specworks.cms.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.audit.AuditLog;

/**
 * The administrators' reading of the audit trail, for its viewer and its export: the permission
 * policy is asked here, so the trail itself needs to know nothing of accounts and roles.
 */
@Stateless
public class AuditLogReader {

  @Inject private AuditLog audit;

  /**
   * One page of the entries that match, newest first; at most {@link AuditLog#MAX_PAGE} entries.
   *
   * @throws org.specworks.cms.shared.PermissionDeniedException unless {@code viewer} is an
   *     administrator
   */
  public List<AuditEntry> search(Actor viewer, AuditFilter filter, int offset, int limit) {
    viewer.require(Permission.READ_AUDIT_LOG);
    return audit.search(filter, offset, limit);
  }

  /**
   * How many entries match.
   *
   * @throws org.specworks.cms.shared.PermissionDeniedException unless {@code viewer} is an
   *     administrator
   */
  public long count(Actor viewer, AuditFilter filter) {
    viewer.require(Permission.READ_AUDIT_LOG);
    return audit.count(filter);
  }
}

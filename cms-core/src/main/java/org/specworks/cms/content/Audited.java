package org.specworks.cms.content;

import org.specworks.cms.audit.AuditSubject;

/**
 * Items and revisions as the audit trail names them, so that services keep their audit calls to one
 * line.
 */
public final class Audited {

  private Audited() {}

  /** The item as a whole, or no subject at all for a null item (a release's schedule, say). */
  public static AuditSubject of(ContentItem item) {
    return of(item, null);
  }

  /**
   * {@code revision} of {@code item}; the item as a whole when {@code revision} is null, nothing
   * when both are.
   */
  public static AuditSubject of(ContentItem item, Revision revision) {
    if (item == null) {
      return AuditSubject.none();
    }
    return new AuditSubject(
        item.id(), item.path().value(), revision == null ? null : revision.id());
  }
}

package org.specworks.cms.web.admin.content;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of an item's history timeline: a revision saved, or something done with the item
 * (reviewed, published, scheduled, ...).
 *
 * @param label what happened, as the admin calls it
 * @param revisionNumber the revision it concerns; {@code null} where the audit trail does not say
 *     (schedules)
 * @param detail the change note or the audit trail's detail, such as a rejection's reason; may be
 *     empty
 */
public record TimelineEntry(
    Instant at, String actor, String label, Integer revisionNumber, String detail)
    implements Serializable {

  public boolean hasRevision() {
    return revisionNumber != null;
  }
}

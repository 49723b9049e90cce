package org.specworks.cms.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.specworks.cms.audit.internal.AuditQueries;

/**
 * Records actions in the caller's transaction, so an entry exists exactly when its action happened:
 * a refused or rolled-back action leaves none. Offers no way to change or delete an entry.
 */
@Stateless
public class AuditLog {

  @Inject private AuditQueries queries;
  @Inject private Clock clock;

  /**
   * Adds one entry, in the caller's transaction.
   *
   * @param actor the user name of whoever acted ({@code system} or {@code scheduler} for unattended
   *     work)
   * @param subject the item and revision acted on; {@link AuditSubject#none()} for actions on no
   *     item
   * @param detail what happened, in words; cut to 4000 characters
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String actor, AuditAction action, AuditSubject subject, String detail) {
    queries.add(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            subject.itemId(),
            subject.itemPath(),
            subject.revisionId(),
            detail));
  }

  /** Adds one entry about no item: account, release and list actions. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String actor, AuditAction action, String detail) {
    record(actor, action, AuditSubject.none(), detail);
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
   * One page of the entries that match, newest first. Checks no permission: the administrators'
   * viewer and export read through identity's {@code AuditLogReader}, which asks the permission
   * policy first.
   */
  public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
    return queries.search(filter, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /** How many entries match; checks no permission, as {@link #search}. */
  public long count(AuditFilter filter) {
    return queries.count(filter);
  }

  /** How many entries of {@code action} were recorded since {@code since}. */
  public long countSince(AuditAction action, Instant since) {
    return queries.countSince(action.id(), since);
  }

  /** The {@code limit} actors with most entries of {@code action} since {@code since}. */
  public List<AuditTally> actorsSince(AuditAction action, Instant since, int limit) {
    return queries.tallySince("actor", action.id(), since, limit);
  }

  /** The {@code limit} most frequent details of {@code action} since {@code since}. */
  public List<AuditTally> detailsSince(AuditAction action, Instant since, int limit) {
    return queries.tallySince("detail", action.id(), since, limit);
  }

  /** The largest page {@link #search} returns; exports read page by page. */
  public static final int MAX_PAGE = 1000;
}

package org.specworks.cms.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.audit.AuditTally;

/**
 * What administrators should know about password guessing: failed sign-ins of the last day, and the
 * names and clients most of them came with. Read from the failures the audit trail already records,
 * so it holds across instances and restarts. Throttling slows a guesser down but locks no one out;
 * this is how a person notices the guessing and acts on it (a firewall rule, a password reset).
 */
@Stateless
public class FailedSignIns {

  static final Duration WINDOW = Duration.ofHours(24);
  static final int TOP = 5;

  /** Distinct details read to tally clients: caps the cost when very many clients take part. */
  static final int DETAILS_READ = 1000;

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Failed sign-ins in the last {@link #WINDOW}, with the most frequent names and clients. */
  public record Report(
      Duration window, long failures, List<AuditTally> topNames, List<AuditTally> topClients)
      implements Serializable {}

  /**
   * @throws org.specworks.cms.shared.PermissionDeniedException unless {@code actor} watches
   *     operations (administrators)
   */
  public Report lastDay(Actor actor) {
    actor.require(Permission.WATCH_OPERATIONS);
    Instant since = clock.instant().minus(WINDOW);
    AuditAction failed = AuditAction.IDENTITY_SIGN_IN_FAILED;
    return new Report(
        WINDOW,
        audit.countSince(failed, since),
        audit.actorsSince(failed, since, TOP),
        byClient(audit.detailsSince(failed, since, DETAILS_READ)));
  }

  /** Several details name one client (checked or made to wait); their counts add up. */
  static List<AuditTally> byClient(List<AuditTally> details) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (AuditTally detail : details) {
      int at = detail.value().lastIndexOf(AccountService.CLIENT);
      if (at >= 0) {
        counts.merge(
            detail.value().substring(at + AccountService.CLIENT.length()),
            detail.count(),
            Long::sum);
      }
    }
    return counts.entrySet().stream()
        .map(entry -> new AuditTally(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingLong(AuditTally::count).reversed())
        .limit(TOP)
        .toList();
  }
}

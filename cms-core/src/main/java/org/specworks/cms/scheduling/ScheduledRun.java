package org.specworks.cms.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.audit.AuditSubject;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.monitoring.CmsMetrics;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Runs one schedule in one transaction. The row is claimed with {@code FOR UPDATE SKIP LOCKED}:
 * another instance that reaches the same row meanwhile skips it instead of waiting, and the run's
 * effects and its DONE mark commit together, so a schedule runs exactly once however many instances
 * poll.
 */
@Stateless
public class ScheduledRun {

  /** Who the audit trail names for the scheduler's own entries. */
  static final Actor SCHEDULER = Actor.named("scheduler");

  /**
   * This server process ("pid@host"): runs say where they ran, which matters when several instances
   * poll.
   */
  static final String INSTANCE =
      java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

  /** A pending schedule that is due, as seen before claiming it. */
  public record Due(long id, int attempts) {}

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private ReleaseService releases;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private CmsMetrics metrics;

  @Inject
  @ConfigProperty(name = "cms.schedules.max-attempts", defaultValue = "3")
  private int maxAttempts;

  @Inject
  @ConfigProperty(name = "cms.schedules.retry-delay-seconds", defaultValue = "60")
  private long retryDelaySeconds;

  /** Pending schedules due now, oldest first: candidates to claim, not claims. */
  public List<Due> due(int limit) {
    return em
        .createQuery(
            "select s.id, s.attempts from Schedule s where s.state = :pending"
                + " and s.nextAttemptAt <= :now order by s.nextAttemptAt, s.id",
            Object[].class)
        .setParameter("pending", ScheduleState.PENDING)
        .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(row -> new Due((Long) row[0], (Integer) row[1]))
        .toList();
  }

  /**
   * Claims the schedule and runs it if it is still pending and due.
   *
   * @return the schedule after the run, or empty if another run holds it, finished it, or it is not
   *     due
   * @throws RuntimeException when the action failed; nothing of it stays (record it with {@link
   *     #recordFailure})
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Schedule> runIfDue(long scheduleId) {
    Optional<Schedule> claimed = claim(scheduleId, true);
    Instant now = clock.instant();
    if (claimed.isEmpty() || claimed.get().nextAttemptAt().isAfter(now)) {
      return Optional.empty();
    }
    Schedule schedule = claimed.get();
    Optional<String> refusal = whyItMustNotRun(schedule);
    if (refusal.isPresent()) {
      schedule.fail(refusal.get(), now);
      audit.record(
          SCHEDULER.username(),
          AuditAction.SCHEDULE_FAILED,
          subjectOf(schedule),
          describe(schedule) + " failed: " + refusal.get());
      return Optional.of(schedule);
    }
    Actor actor = requesterOf(schedule);
    switch (schedule.action()) {
      case PUBLISH ->
          publishing.publish(
              actor,
              itemOf(schedule).path(),
              schedule.revisionId().orElseThrow(),
              schedule.note().isBlank() ? null : schedule.note());
      case UNPUBLISH -> publishing.unpublish(actor, itemOf(schedule).path(), schedule.note());
      case PUBLISH_RELEASE ->
          releases.publish(
              actor,
              schedule.releaseId().orElseThrow(),
              schedule.note().isBlank() ? null : schedule.note());
      default -> throw new IllegalStateException("Unknown action " + schedule.action());
    }
    schedule.markDone(now);
    audit.record(
        SCHEDULER.username(),
        AuditAction.SCHEDULE_RUN,
        subjectOf(schedule),
        describe(schedule)
            + " ran"
            + (schedule.ranLate()
                ? " late, "
                    + minutes(schedule.lateBy().orElseThrow())
                    + " after its due time (missed while the server"
                    + " was not running)"
                : " on time")
            + " on "
            + INSTANCE);
    return Optional.of(schedule);
  }

  /**
   * Records a failed attempt of a run that rolled back: retried with backoff, or failed for good
   * after the last attempt. Does nothing if someone else recorded or finished the attempt
   * meanwhile.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Schedule> recordFailure(Due due, String reason) {
    Optional<Schedule> claimed = claim(due.id(), false);
    if (claimed.isEmpty() || claimed.get().attempts() != due.attempts()) {
      return Optional.empty();
    }
    Schedule schedule = claimed.get();
    String why = reason == null || reason.isBlank() ? "unknown error" : reason;
    boolean again =
        schedule.retryLater(
            why, clock.instant(), maxAttempts, Duration.ofSeconds(retryDelaySeconds));
    metrics.scheduleFailed(again);
    audit.record(
        SCHEDULER.username(),
        again ? AuditAction.SCHEDULE_RETRY : AuditAction.SCHEDULE_FAILED,
        subjectOf(schedule),
        describe(schedule)
            + (again
                ? " attempt "
                    + schedule.attempts()
                    + " failed, retrying at "
                    + schedule.nextAttemptAt()
                    + ": "
                : " failed after " + schedule.attempts() + " attempts: ")
            + why);
    return Optional.of(schedule);
  }

  /**
   * Locks the pending row; with {@code skipLocked}, returns empty at once if another transaction
   * holds it.
   */
  private Optional<Schedule> claim(long scheduleId, boolean skipLocked) {
    List<?> locked =
        em.createNativeQuery(
                "select id from publication_schedule where id = ?1 and state = 'PENDING'"
                    + " for update"
                    + (skipLocked ? " skip locked" : ""))
            .setParameter(1, scheduleId)
            .getResultList();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Schedule schedule = em.find(Schedule.class, scheduleId);
    em.refresh(
        schedule); // the row as committed now, not as this persistence context may remember it
    return Optional.of(schedule);
  }

  /** A reason retrying cannot fix, or empty if the action may run. */
  private Optional<String> whyItMustNotRun(Schedule schedule) {
    if (requester(schedule).isEmpty()) {
      return Optional.of(
          schedule.requestedBy() + ", who scheduled it, no longer has an active account.");
    }
    return switch (schedule.action()) {
      case PUBLISH -> whyRevisionMustNotRun(schedule);
      case UNPUBLISH ->
          itemOf(schedule).liveRevision().isPresent()
              ? Optional.empty()
              : Optional.of(itemOf(schedule).path() + " is already off the site.");
      case PUBLISH_RELEASE -> {
        Release release = releases.require(schedule.releaseId().orElseThrow());
        yield release.state() == ReleaseState.APPROVED
            ? Optional.empty()
            : Optional.of(
                "Release '"
                    + release.title()
                    + "' is "
                    + release.state().name().toLowerCase()
                    + ", no longer approved.");
      }
    };
  }

  private Optional<String> whyRevisionMustNotRun(Schedule schedule) {
    ContentItem item = itemOf(schedule);
    Revision revision = content.revisionOf(item, schedule.revisionId().orElseThrow()).orElseThrow();
    Revision latest = item.latestRevision().orElseThrow();
    if (!revision.isHotfix() && !latest.id().equals(revision.id())) {
      return Optional.of(
          "Revision "
              + revision.number()
              + " was approved, but revision "
              + latest.number()
              + " was saved by "
              + latest.author()
              + " after that. Nothing was published: approve the new revision and"
              + " schedule it again.");
    }
    boolean approved =
        workflow
            .latestReviewOf(revision.id())
            .filter(review -> review.approves(revision))
            .isPresent();
    if (!approved || !schedule.contentHash().orElse("").equals(revision.contentHash())) {
      return Optional.of(
          "Revision "
              + revision.number()
              + " no longer has a valid approval. Nothing was published.");
    }
    return Optional.empty();
  }

  private Optional<StaffAccount> requester(Schedule schedule) {
    return accounts.find(schedule.requestedBy()).filter(StaffAccount::isEnabled);
  }

  private Actor requesterOf(Schedule schedule) {
    return Actor.of(requester(schedule).orElseThrow());
  }

  private ContentItem itemOf(Schedule schedule) {
    return schedule.itemId().map(content::requireItem).orElse(null);
  }

  /**
   * What the schedule's audit entries are about: its item and revision, or nothing for a release's
   * schedule.
   */
  private AuditSubject subjectOf(Schedule schedule) {
    return Audited.of(itemOf(schedule), revisionOf(schedule));
  }

  /**
   * The exact revision a publishing schedule puts live, which its audit entries name; null for
   * other actions.
   */
  private Revision revisionOf(Schedule schedule) {
    return schedule
        .revisionId()
        .flatMap(id -> content.revisionOf(itemOf(schedule), id))
        .orElse(null);
  }

  static String describe(Schedule schedule) {
    return "schedule #"
        + schedule.id()
        + " ("
        + schedule.action().name().toLowerCase().replace('_', ' ')
        + " due "
        + schedule.dueInZone().toLocalDateTime()
        + " "
        + schedule.timeZone()
        + ", by "
        + schedule.requestedBy()
        + ")";
  }

  private static String minutes(Duration late) {
    long minutes = late.toMinutes();
    return minutes >= 120 ? late.toHours() + " hours" : minutes + " minutes";
  }
}

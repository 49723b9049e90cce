package org.specworks.cms.scheduling;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Asking for something to happen later: publishing an approved revision, taking an item off the
 * site, publishing an approved release. Everything that can be checked now is checked now, so a
 * schedule that is accepted would run; the run checks again (see {@link ScheduledRun}). Reviewers
 * and administrators only.
 */
@Stateless
public class ScheduleService {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private ReleaseService releases;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Schedules the publication of an approved revision (the latest, or a hotfix of the live one).
   *
   * @param localTime the wall-clock time in {@code zone}
   * @param acceptedWarnings the note that accepts content-check warnings, if there are any
   */
  public Schedule schedulePublish(
      Actor actor,
      ContentPath path,
      long revisionId,
      LocalDateTime localTime,
      String zone,
      String acceptedWarnings) {
    actor.require(Permission.PUBLISH);
    Revision revision = publishing.requirePublishable(actor, path, revisionId, acceptedWarnings);
    ContentItem item = revision.item();
    requireNothingPendingFor(item);
    ZoneId zoneId = zoneOf(zone);
    Schedule schedule =
        Schedule.publish(
            item.id(),
            revision.id(),
            revision.contentHash(),
            dueAt(localTime, zoneId),
            zoneId,
            acceptedWarnings,
            actor.username(),
            clock.instant());
    return add(actor, schedule, item, revision);
  }

  /** Schedules taking a live item off the site; a reason is required. */
  public Schedule scheduleUnpublish(
      Actor actor, ContentPath path, LocalDateTime localTime, String zone, String reason) {
    actor.require(Permission.PUBLISH);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Say why the item will be taken off the site.");
    }
    ContentItem item = content.requireByPath(path);
    if (item.liveRevision().isEmpty()) {
      throw new IllegalTransitionException(path + " is not on the site.");
    }
    requireNothingPendingFor(item);
    ZoneId zoneId = zoneOf(zone);
    Schedule schedule =
        Schedule.unpublish(
            item.id(), dueAt(localTime, zoneId), zoneId, reason, actor.username(), clock.instant());
    return add(actor, schedule, item, null);
  }

  /** Schedules publishing an approved release. */
  public Schedule scheduleRelease(
      Actor actor, long releaseId, LocalDateTime localTime, String zone, String acceptedWarnings) {
    actor.require(Permission.PUBLISH_RELEASES);
    Release release = releases.requirePublishable(releaseId);
    boolean pending =
        !em.createQuery(
                "select s.id from Schedule s where s.releaseId = :release"
                    + " and s.state = :pending",
                Long.class)
            .setParameter("release", release.id())
            .setParameter("pending", ScheduleState.PENDING)
            .getResultList()
            .isEmpty();
    if (pending) {
      throw new IllegalTransitionException(
          "Release '" + release.title() + "' is already scheduled; cancel that" + " first.");
    }
    ZoneId zoneId = zoneOf(zone);
    Schedule schedule =
        Schedule.release(
            release.id(),
            dueAt(localTime, zoneId),
            zoneId,
            acceptedWarnings,
            actor.username(),
            clock.instant());
    return add(actor, schedule, null, null);
  }

  /** Calls off a pending schedule. */
  public Schedule cancel(Actor actor, long scheduleId) {
    actor.require(Permission.PUBLISH);
    Schedule schedule = require(scheduleId);
    em.lock(schedule, LockModeType.PESSIMISTIC_WRITE);
    schedule.cancel(actor.username(), clock.instant());
    ContentItem item = schedule.itemId().map(content::requireItem).orElse(null);
    Revision revision =
        schedule.revisionId().flatMap(id -> content.revisionOf(item, id)).orElse(null);
    audit.record(
        actor.username(),
        AuditAction.SCHEDULE_CANCEL,
        Audited.of(item, revision),
        ScheduledRun.describe(schedule));
    return schedule;
  }

  public Schedule require(long scheduleId) {
    Schedule schedule = em.find(Schedule.class, scheduleId);
    if (schedule == null) {
      throw new NotFoundException("No schedule " + scheduleId);
    }
    return schedule;
  }

  /** Pending schedules due within {@code within} from now (or overdue), soonest first. */
  public List<Schedule> upcoming(Duration within) {
    return em.createQuery(
            "select s from Schedule s where s.state = :pending and s.dueAt <= :until"
                + " order by s.dueAt, s.id",
            Schedule.class)
        .setParameter("pending", ScheduleState.PENDING)
        .setParameter("until", clock.instant().plus(within).atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  /**
   * Schedules that gave up, or are retrying after a failed attempt, newest first: for
   * administrators.
   */
  public List<Schedule> failing(int limit) {
    return em.createQuery(
            "select s from Schedule s where s.state = :failed or (s.state = :pending and"
                + " s.attempts > 0) order by s.requestedAt desc, s.id desc",
            Schedule.class)
        .setParameter("failed", ScheduleState.FAILED)
        .setParameter("pending", ScheduleState.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  /** An item's schedules, newest first. */
  public List<Schedule> ofItem(long itemId) {
    return em.createQuery(
            "select s from Schedule s where s.itemId = :item order by s.requestedAt desc, s.id desc",
            Schedule.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /**
   * The soonest pending schedule of each of these items that has one: one query for a page of a
   * list.
   */
  public Map<Long, Schedule> pendingOf(Collection<Long> itemIds) {
    Map<Long, Schedule> soonest = new HashMap<>();
    if (!itemIds.isEmpty()) {
      em.createQuery(
              "select s from Schedule s where s.itemId in :items and s.state = :pending"
                  + " order by s.dueAt desc, s.id desc",
              Schedule.class)
          .setParameter("items", itemIds)
          .setParameter("pending", ScheduleState.PENDING)
          .getResultList()
          .forEach(schedule -> soonest.put(schedule.itemId().orElseThrow(), schedule));
    }
    return soonest;
  }

  /** A release's schedules, newest first. */
  public List<Schedule> ofRelease(long releaseId) {
    return em.createQuery(
            "select s from Schedule s where s.releaseId = :release"
                + " order by s.requestedAt desc, s.id desc",
            Schedule.class)
        .setParameter("release", releaseId)
        .getResultList();
  }

  private Schedule add(Actor actor, Schedule schedule, ContentItem item, Revision revision) {
    em.persist(schedule);
    em.flush();
    audit.record(
        actor.username(),
        AuditAction.SCHEDULE_CREATE,
        Audited.of(item, revision),
        ScheduledRun.describe(schedule)
            + (schedule.note().isBlank() ? "" : ": " + schedule.note()));
    return schedule;
  }

  private void requireNothingPendingFor(ContentItem item) {
    ofItem(item.id()).stream()
        .filter(s -> s.state() == ScheduleState.PENDING)
        .findFirst()
        .ifPresent(
            s -> {
              throw new IllegalTransitionException(
                  item.path()
                      + " is already scheduled to "
                      + s.action().name().toLowerCase().replace('_', ' ')
                      + " at "
                      + s.dueInZone().toLocalDateTime()
                      + " "
                      + s.timeZone()
                      + "; cancel that first.");
            });
  }

  private Instant dueAt(LocalDateTime localTime, ZoneId zone) {
    if (localTime == null) {
      throw new InvalidInputException("Choose a date and time.");
    }
    Instant due = localTime.atZone(zone).toInstant();
    if (!due.isAfter(clock.instant())) {
      throw new InvalidInputException(
          localTime + " " + zone + " is in the past; choose a later time.");
    }
    return due;
  }

  private static ZoneId zoneOf(String zone) {
    try {
      return ZoneId.of(zone == null || zone.isBlank() ? "UTC" : zone.strip());
    } catch (DateTimeException unknown) {
      throw new InvalidInputException(
          "Unknown time zone '" + zone + "'; use a name such as Europe/Paris or UTC.");
    }
  }
}

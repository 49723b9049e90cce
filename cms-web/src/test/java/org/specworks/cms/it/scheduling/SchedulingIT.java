package org.specworks.cms.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.FailureInjection;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.scheduling.ScheduledRun;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ManagementEndpoint;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Scheduled publishing against the run's database, with the application clock moved forward instead
 * of waiting. The background poller runs too (every few seconds in tests); assertions are about
 * what happened, whichever poll ran it.
 */
@CmsIntegrationTest
class SchedulingIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration PAST = Duration.ofDays(-3);

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private ScheduledRun run;
  @Inject private PublicationLog publications;
  @Inject private AuditLog audit;
  @Inject private MovableClock clock;
  @Inject private java.time.Clock now;
  @Inject private FailureInjection failures;
  @Inject private UserTransaction transaction;

  @Resource private ManagedExecutorService executor;

  @Resource(lookup = "java:app/jdbc/cms")
  private DataSource dataSource;

  private Actor reviewer;

  @BeforeEach
  void reviewerWithAccountAndTimeTurnedBack() {
    reviewer = steps.reviewerAccount();
    // Every test then moves time forward by at most two days: all it records stays dated in the
    // past, so tests
    // that read "the newest audit entry" afterwards never find one of these from the future.
    clock.shift(PAST);
  }

  @AfterEach
  void backToRealTime() {
    clock.reset();
  }

  @Test
  void approvedRevisionGoesLiveAtItsTimeAndNotBefore() {
    ContentPath path = Staff.freshPath("scheduled");
    Revision first = steps.livePage(path, "Before.");
    Revision second = steps.draft(path, "After.");
    steps.approve(path, second);

    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofHours(1)), "Europe/Paris", null);
    runner.runDue();
    assertEquals(first.id(), liveRevisionId(path), "not due yet: nothing published");

    clock.shift(Duration.ofMinutes(61));
    runner.runDue();

    assertEquals(second.id(), liveRevisionId(path));
    Schedule done = schedules.require(schedule.id());
    assertEquals(ScheduleState.DONE, done.state());
    assertFalse(done.ranLate(), "ran within a minute of its time");
    assertEquals(PARIS, done.timeZone());
    runner.runDue();
    assertEquals(
        2, publications.versionsOf(itemId(path)).size(), "published once: versions 1 and 2 only");
    assertEquals(1, entries(path, AuditAction.SCHEDULE_RUN).size());
    for (AuditAction action : List.of(AuditAction.SCHEDULE_CREATE, AuditAction.SCHEDULE_RUN)) {
      assertEquals(
          Optional.of(second.id()),
          entries(path, action).get(0).revisionId(),
          action.id() + " names the exact revision the schedule puts live");
    }
  }

  @Test
  void scheduleMissedWhileNothingPolledRunsOnceAtTheNextPollAndSaysItRanLate() {
    ContentPath path = Staff.freshPath("missed");
    Revision second = steps.approvedDraftOfLivePage(path, "After the outage.");
    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofMinutes(10)), "Europe/Paris", null);

    clock.shift(Duration.ofHours(3)); // the server was down from before the due time until now
    runner.runDue(); // what the first poll after start-up does
    runner.runDue();

    Schedule done = schedules.require(schedule.id());
    assertEquals(ScheduleState.DONE, done.state());
    assertTrue(done.ranLate());
    assertTrue(
        done.lateBy().orElseThrow().compareTo(Duration.ofMinutes(169)) > 0,
        done.lateBy().toString());
    assertEquals(second.id(), liveRevisionId(path));
    List<AuditEntry> runs = entries(path, AuditAction.SCHEDULE_RUN);
    assertEquals(1, runs.size());
    assertTrue(runs.get(0).detail().contains("late"), runs.get(0).detail());
    assertEquals(2, publications.versionsOf(itemId(path)).size());
  }

  @Test
  void twoSchedulersRacingForOneScheduleRunItOnce() throws Exception {
    ContentPath path = Staff.freshPath("race");
    Revision second = steps.approvedDraftOfLivePage(path, "Raced.");
    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofMinutes(5)), "Europe/Paris", null);
    clock.shift(Duration.ofMinutes(6));

    CountDownLatch start = new CountDownLatch(1);
    Future<Optional<Schedule>> a =
        executor.submit(
            () -> {
              start.await();
              return run.runIfDue(schedule.id());
            });
    Future<Optional<Schedule>> b =
        executor.submit(
            () -> {
              start.await();
              return run.runIfDue(schedule.id());
            });
    start.countDown();
    int ran =
        (a.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0)
            + (b.get(60, TimeUnit.SECONDS).isPresent() ? 1 : 0);

    assertTrue(ran <= 1, "at most one of two concurrent runs may claim it");
    runner.runDue(); // in case the background poller held it while both tried
    assertEquals(ScheduleState.DONE, schedules.require(schedule.id()).state());
    assertEquals(2, publications.versionsOf(itemId(path)).size(), "exactly one publication");
    assertEquals(1, entries(path, AuditAction.SCHEDULE_RUN).size());
  }

  @Test
  void aScheduleHeldByAnotherInstanceIsSkippedNotWaitedFor() throws Exception {
    ContentPath path = Staff.freshPath("held");
    Revision second = steps.approvedDraftOfLivePage(path, "Held.");
    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofMinutes(5)), "Europe/Paris", null);
    clock.shift(Duration.ofMinutes(6));

    transaction.begin();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement lock =
            connection.prepareStatement(
                "select id from publication_schedule where id = ? for update")) {
      lock.setLong(1, schedule.id());
      try (ResultSet row = lock.executeQuery()) {
        assertTrue(
            row.next(), "this test's transaction holds the row, like another instance mid-run");
      }
      long started = System.nanoTime();
      Optional<Schedule> other =
          executor.submit(() -> run.runIfDue(schedule.id())).get(60, TimeUnit.SECONDS);
      assertTrue(other.isEmpty(), "the locked schedule is skipped");
      assertEquals(ScheduleState.PENDING, stateInOwnTransaction(schedule.id()));
      assertTrue(
          Duration.ofNanos(System.nanoTime() - started).toSeconds() < 30,
          "skipped without waiting for the lock");
    } finally {
      transaction.rollback();
    }

    runner.runDue();
    assertEquals(ScheduleState.DONE, schedules.require(schedule.id()).state());
    assertEquals(second.id(), liveRevisionId(path));
  }

  @Test
  void revisionEditedAfterApprovalIsNeverPublishedAndTheScheduleSaysWhy() {
    ContentPath path = Staff.freshPath("edited");
    Revision first = steps.livePage(path, "Before.");
    Revision second = steps.draft(path, "Approved text.");
    steps.approve(path, second);
    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofMinutes(30)), "Europe/Paris", null);
    steps.draft(path, "Edited after the approval.");

    clock.shift(Duration.ofMinutes(31));
    runner.runDue();

    Schedule failed = schedules.require(schedule.id());
    assertEquals(ScheduleState.FAILED, failed.state());
    assertEquals(
        1, failed.attempts(), "not retried: retrying cannot make the approval valid again");
    assertTrue(
        failed
            .lastError()
            .orElseThrow()
            .contains("was saved by " + EDITOR.username() + " after that"),
        failed.lastError().orElseThrow());
    assertEquals(first.id(), liveRevisionId(path), "readers still see revision 1");
    assertEquals(1, entries(path, AuditAction.SCHEDULE_FAILED).size());
    assertTrue(
        schedules.failing(100).stream().anyMatch(s -> s.id().equals(schedule.id())),
        "shown to administrators among failing schedules");
  }

  @Test
  void failingRunIsRetriedWithBackoffThenMarkedFailedAndNeverSilent() {
    ContentPath path = Staff.freshPath("flaky");
    Revision first = steps.livePage(path, "Before.");
    Revision second = steps.draft(path, "Never makes it.");
    steps.approve(path, second);
    Schedule schedule =
        schedules.schedulePublish(
            reviewer, path, second.id(), inParis(Duration.ofMinutes(5)), "Europe/Paris", null);
    ManagementEndpoint management = new ManagementEndpoint();
    double retryingBefore = scheduleFailures(management, "retrying");
    double gaveUpBefore = scheduleFailures(management, "gave_up");
    failures.failPublishing(path.value());
    try {
      clock.shift(Duration.ofMinutes(6));
      runner.runDue();
      Schedule once = schedules.require(schedule.id());
      assertEquals(ScheduleState.PENDING, once.state());
      assertEquals(1, once.attempts());
      assertTrue(
          once.lastError().orElseThrow().contains("Injected failure"),
          once.lastError().orElseThrow());

      runner.runDue();
      assertEquals(
          1,
          schedules.require(schedule.id()).attempts(),
          "waits for the backoff before trying again");

      clock.shift(Duration.ofSeconds(61));
      runner.runDue();
      Schedule twice = schedules.require(schedule.id());
      assertEquals(2, twice.attempts());
      assertEquals(ScheduleState.PENDING, twice.state());
      long between = Duration.between(once.nextAttemptAt(), twice.nextAttemptAt()).toSeconds();
      assertTrue(
          between >= 61 + 240 - 60 && between < 61 + 240 - 60 + 30,
          "the second wait is four times the"
              + " first (60 s, then 240 s, the second counted from ~61 s after the first was due): "
              + between);

      clock.shift(Duration.ofMinutes(5));
      runner.runDue();
      Schedule failed = schedules.require(schedule.id());
      assertEquals(ScheduleState.FAILED, failed.state());
      assertEquals(3, failed.attempts());
    } finally {
      failures.disarm(path.value());
    }
    assertEquals(first.id(), liveRevisionId(path), "no attempt left anything published");
    assertEquals(2, entries(path, AuditAction.SCHEDULE_RETRY).size());
    assertEquals(1, entries(path, AuditAction.SCHEDULE_FAILED).size());
    assertEquals(
        retryingBefore + 2, scheduleFailures(management, "retrying"), "operators see the retries");
    assertEquals(gaveUpBefore + 1, scheduleFailures(management, "gave_up"));
  }

  private static double scheduleFailures(ManagementEndpoint management, String outcome) {
    return management.applicationCounter("cms_schedule_failures_total", Map.of("outcome", outcome));
  }

  @Test
  void scheduledUnpublishTakesTheItemOffTheSite() {
    ContentPath path = Staff.freshPath("expiring");
    steps.livePage(path, "Temporary notice.");
    Schedule schedule =
        schedules.scheduleUnpublish(
            reviewer, path, inParis(Duration.ofDays(2)), "Europe/Paris", "The notice expires.");

    clock.shift(Duration.ofDays(2).plusMinutes(1));
    runner.runDue();

    assertEquals(ScheduleState.DONE, schedules.require(schedule.id()).state());
    assertTrue(content.requireByPath(path).liveRevision().isEmpty());
  }

  @Test
  void refusesWhatCouldNotRunAndChangesNothing() {
    ContentPath path = Staff.freshPath("refused");
    steps.livePage(path, "Before.");
    Revision draft = steps.draft(path, "Not approved.");

    assertThrows(
        IllegalTransitionException.class,
        () ->
            schedules.schedulePublish(
                reviewer, path, draft.id(), inParis(Duration.ofHours(1)), "Europe/Paris", null),
        "only approved revisions");
    steps.approve(path, draft);
    assertThrows(
        PermissionDeniedException.class,
        () ->
            schedules.schedulePublish(
                EDITOR, path, draft.id(), inParis(Duration.ofHours(1)), "Europe/Paris", null),
        "editors do not schedule");
    InvalidInputException past =
        assertThrows(
            InvalidInputException.class,
            () ->
                schedules.schedulePublish(
                    reviewer,
                    path,
                    draft.id(),
                    inParis(Duration.ofMinutes(-5)),
                    "Europe/Paris",
                    null));
    assertTrue(past.getMessage().contains("in the past"), past.getMessage());
    InvalidInputException zone =
        assertThrows(
            InvalidInputException.class,
            () ->
                schedules.schedulePublish(
                    reviewer,
                    path,
                    draft.id(),
                    inParis(Duration.ofHours(1)),
                    "Mars/Olympus",
                    null));
    assertTrue(zone.getMessage().contains("Unknown time zone"), zone.getMessage());
    assertTrue(schedules.ofItem(itemId(path)).isEmpty(), "nothing was stored");

    Schedule first =
        schedules.schedulePublish(
            reviewer, path, draft.id(), inParis(Duration.ofHours(1)), "Europe/Paris", null);
    assertThrows(
        IllegalTransitionException.class,
        () ->
            schedules.schedulePublish(
                reviewer, path, draft.id(), inParis(Duration.ofHours(2)), "Europe/Paris", null),
        "one pending schedule per item");
    schedules.cancel(reviewer, first.id());
    assertEquals(ScheduleState.CANCELLED, schedules.require(first.id()).state());
    clock.shift(Duration.ofHours(2));
    runner.runDue();
    assertEquals(
        ScheduleState.CANCELLED,
        schedules.require(first.id()).state(),
        "a cancelled schedule never runs");
  }

  private ScheduleState stateInOwnTransaction(long scheduleId) throws Exception {
    return executor.submit(() -> schedules.require(scheduleId).state()).get(30, TimeUnit.SECONDS);
  }

  /** A wall-clock time in Paris, {@code fromNow} after the application's (turned back) now. */
  private LocalDateTime inParis(Duration fromNow) {
    return LocalDateTime.now(now.withZone(PARIS)).plus(fromNow).withNano(0);
  }

  private long liveRevisionId(ContentPath path) {
    return content.requireByPath(path).liveRevision().orElseThrow().id();
  }

  private long itemId(ContentPath path) {
    ContentItem item = content.requireByPath(path);
    return item.id();
  }

  private List<AuditEntry> entries(ContentPath path, AuditAction action) {
    return audit.forItem(itemId(path)).stream()
        .filter(entry -> entry.action().equals(action.id()))
        .toList();
  }
}

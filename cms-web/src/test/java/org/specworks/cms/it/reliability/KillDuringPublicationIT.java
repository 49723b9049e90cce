package org.specworks.cms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseEntry;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.SecondInstance;

/**
 * A CMS process killed ({@code kill -9}) while it publishes: a second process on the same
 * PostgreSQL database runs the due schedules of 10 single items and of a 50-item release, and is
 * killed at a random moment; this process then finishes what is left. After every trial: each
 * item's live revision is the newest in its publication log and was published exactly once, the
 * release is live as a whole, every schedule ran exactly once, and nothing is missing from the
 * audit trail. {@code CMS_RELIABILITY_KILLS} sets the trials (RELIABILITY.md).
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
class KillDuringPublicationIT {

  private static final int SINGLES = 10;
  private static final int RELEASED = 50;
  private static final long SEED = 16L;

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private ReleaseService releases;
  @Inject private ScheduleService schedules;
  @Inject private PublicationLog publications;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private FailureInjection faults;

  @Test
  void killingAPublishingProcessAtRandomLosesAndDoublesNothing() throws Exception {
    int trials = Integer.parseInt(System.getenv().getOrDefault("CMS_RELIABILITY_KILLS", "2"));
    // A fixed seed by default, so a failure can be replayed; long campaigns pass others to vary the
    // moments of the kills.
    long seed = Long.parseLong(System.getenv().getOrDefault("CMS_RELIABILITY_SEED", "" + SEED));
    Random random = new Random(seed);
    Actor reviewer = steps.reviewerAccount();
    int killedMidWork = 0;
    for (int trial = 1; trial <= trials; trial++) {
      long killAfterMillis = 200 + random.nextInt(2_000);
      Trial setUp;
      try (SecondInstance victim = SecondInstance.start()) {
        setUp = setUp(reviewer, trial);
        // This process publishes slowly meanwhile, so the victim (polling every second) takes most
        // of the work.
        faults.slowDownPublishing(Duration.ofMillis(150));
        try {
          waitUntil(setUp.due.plusMillis(killAfterMillis));
          victim.kill();
        } finally {
          faults.stopSlowingDown();
        }
      }
      int byVictim = ranElsewhere(setUp);
      if (byVictim > 0 && byVictim < setUp.schedules.size()) {
        killedMidWork++;
      }
      awaitAllDone(setUp);
      checkInvariants(setUp);
      System.out.printf(
          "KillDuringPublicationIT trial %d: killed %d ms after the due time; the killed process had finished %d"
              + " of %d schedules%n",
          trial, killAfterMillis, byVictim, setUp.schedules.size());
    }
    System.out.printf(
        "KillDuringPublicationIT: %d trials (seed %d), %d kills while the killed process had work left;"
            + " losses 0%n",
        trials, seed, killedMidWork);
  }

  /** What one trial scheduled. */
  private record Trial(
      Instant due, List<ContentPath> singles, Release release, List<Schedule> schedules) {}

  private Trial setUp(Actor reviewer, int trial) {
    List<ContentPath> singles = new ArrayList<>();
    List<Revision> drafts = new ArrayList<>();
    for (int i = 0; i < SINGLES; i++) {
      ContentPath path = Staff.freshPath("killed-single-" + trial);
      drafts.add(steps.approvedDraftOfLivePage(path, "Scheduled text " + i + "."));
      singles.add(path);
    }
    Release release = releases.create(Staff.EDITOR, "Killed release " + trial, "");
    for (int i = 0; i < RELEASED; i++) {
      ContentPath path = Staff.freshPath("killed-release-" + trial);
      steps.livePage(path, "Before the release.");
      steps.draft(path, "Released text " + i + ".");
      releases.addLatest(Staff.EDITOR, release.id(), path);
    }
    releases.submit(Staff.EDITOR, release.id());
    releases.approve(Staff.REVIEWER, release.id(), "all fifty");
    // Due a few seconds from now, when both processes poll.
    LocalDateTime due =
        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusSeconds(3).withNano(0);
    List<Schedule> made = new ArrayList<>();
    for (int i = 0; i < SINGLES; i++) {
      made.add(
          schedules.schedulePublish(
              reviewer, singles.get(i), drafts.get(i).id(), due, "UTC", null));
    }
    made.add(schedules.scheduleRelease(reviewer, release.id(), due, "UTC", null));
    return new Trial(due.toInstant(ZoneOffset.UTC), singles, release, made);
  }

  private void waitUntil(Instant moment) throws InterruptedException {
    long wait = Duration.between(clock.instant(), moment).toMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /**
   * How many of the trial's schedules the killed process had finished (its audit entries say where
   * they ran).
   */
  private int ranElsewhere(Trial trial) {
    String me = ManagementFactory.getRuntimeMXBean().getName();
    int count = 0;
    for (Schedule schedule : trial.schedules) {
      Schedule now = schedules.require(schedule.id());
      if (now.state() == ScheduleState.DONE
          && runsOf(schedule).stream().noneMatch(entry -> entry.detail().endsWith(" on " + me))) {
        count++;
      }
    }
    return count;
  }

  private void awaitAllDone(Trial trial) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline
        && !trial.schedules.stream()
            .allMatch(s -> schedules.require(s.id()).state() == ScheduleState.DONE)) {
      Thread.sleep(250); // this process's poller runs every 2 s; nothing to wake up on
    }
  }

  private void checkInvariants(Trial trial) {
    for (Schedule schedule : trial.schedules) {
      assertEquals(
          ScheduleState.DONE,
          schedules.require(schedule.id()).state(),
          "schedule " + schedule.id());
      assertEquals(1, runsOf(schedule).size(), "schedule " + schedule.id() + " ran exactly once");
    }
    for (ContentPath path : trial.singles) {
      liveOnceAtLatest(content.requireByPath(path));
    }
    Release release = releases.require(trial.release.id());
    assertEquals(ReleaseState.PUBLISHED, release.state());
    for (ReleaseEntry entry : release.entries()) {
      ContentItem item = content.requireItem(entry.itemId());
      assertEquals(entry.revisionId(), item.liveRevision().orElseThrow().id(), item.path().value());
      liveOnceAtLatest(item);
    }
  }

  /** Live at its latest revision, published exactly once after its first version, audited once. */
  private void liveOnceAtLatest(ContentItem item) {
    Revision live = item.liveRevision().orElseThrow();
    assertEquals(item.latestRevision().orElseThrow().id(), live.id(), item.path().value());
    var versions = publications.versionsOf(item.id());
    assertEquals(
        2, versions.size(), item.path() + ": the first version and the scheduled one, no repeat");
    assertEquals(
        live.id(), versions.get(1).revision().id(), item.path() + ": the log's newest is live");
    long published =
        audit.forItem(item.id()).stream()
            .filter(entry -> entry.action().equals(AuditAction.PUBLISHING_PUBLISH.id()))
            .filter(entry -> entry.revisionId().filter(live.id()::equals).isPresent())
            .count();
    assertEquals(1, published, item.path() + ": one audit entry for the publication");
  }

  private List<AuditEntry> runsOf(Schedule schedule) {
    String tag = "schedule #" + schedule.id() + " ";
    return audit.latest(2_000).stream()
        .filter(entry -> entry.action().equals(AuditAction.SCHEDULE_RUN.id()))
        .filter(entry -> entry.detail().startsWith(tag))
        .toList();
  }
}

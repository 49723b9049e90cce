package org.specworks.cms.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.FailureInjection;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.SecondInstance;

/**
 * Two CMS processes on one PostgreSQL database, both polling: every schedule runs exactly once, and
 * both processes take part. Needs a database two processes share, so it runs in the PostgreSQL run
 * only ({@link ProductionDatabaseOnly}).
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  private static final int SCHEDULES = 40;

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private PublicationLog publications;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private FailureInjection faults;

  @Test
  @Order(1)
  @RunAsClient
  void aSecondInstanceStartsOnTheSameDatabase() throws Exception {
    SecondInstance.startShared();
  }

  @Test
  @Order(2)
  void bothInstancesPollAndEveryScheduleRunsOnce() throws InterruptedException {
    Actor reviewer = steps.reviewerAccount();
    LocalDateTime due =
        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusSeconds(20).withNano(0);
    List<ContentPath> paths = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < SCHEDULES; i++) {
      ContentPath path = Staff.freshPath("two-instances");
      Revision draft =
          steps.approvedDraftOfLivePage(path, "Published by whichever instance claims it first.");
      ids.add(schedules.schedulePublish(reviewer, path, draft.id(), due, "UTC", null).id());
      paths.add(path);
    }

    // This process publishes slowly, as under load, so that however fast the machine, the other
    // process polls
    // while this one is still working through the due schedules: both must then take part, each
    // exactly once.
    faults.slowDownPublishing(Duration.ofMillis(150));
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline && !ids.stream().allMatch(this::done)) {
        runner.runDue(); // this instance competes too, besides its own poller
        Thread.sleep(200);
      }
    } finally {
      faults.stopSlowingDown();
    }

    Set<String> instances = new TreeSet<>();
    for (ContentPath path : paths) {
      long item = content.requireByPath(path).id();
      assertEquals(2, publications.versionsOf(item).size(), path + " published exactly once");
      List<AuditEntry> runs =
          audit.forItem(item).stream()
              .filter(entry -> entry.action().equals(AuditAction.SCHEDULE_RUN.id()))
              .toList();
      assertEquals(1, runs.size(), path + " has exactly one run");
      String detail = runs.get(0).detail();
      instances.add(detail.substring(detail.lastIndexOf(" on ") + 4));
    }
    assertTrue(ids.stream().allMatch(this::done));
    String me = ManagementFactory.getRuntimeMXBean().getName();
    assertTrue(
        instances.size() == 2 && instances.contains(me),
        "both processes ran some of the "
            + SCHEDULES
            + " schedules: "
            + instances
            + " (this one is "
            + me
            + ")");
  }

  @Test
  @Order(3)
  @RunAsClient
  void theSecondInstanceStops() throws Exception {
    SecondInstance.stopShared();
  }

  private boolean done(long scheduleId) {
    Schedule schedule = schedules.require(scheduleId);
    return schedule.state() == ScheduleState.DONE;
  }
}

package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.BulkScheduleInBrowser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The content list's badges and bulk schedule: two approved drafts and one still in review are
 * selected together; the approved ones are scheduled for the chosen time, the other is refused and
 * nothing is scheduled for it.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkScheduleJourneyIT {

  private static final String FILTER = "/omaspecworks/bulk-schedule-";
  private static final ContentPath FIRST = ContentPath.of(FILTER + "one");
  private static final ContentPath SECOND = ContentPath.of(FILTER + "two");
  private static final ContentPath IN_REVIEW = ContentPath.of(FILTER + "three");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private ScheduleService schedules;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void twoApprovedDraftsAndOneInReview() {
    steps.approvedDraftOfLivePage(FIRST, "First draft, approved.");
    steps.approvedDraftOfLivePage(SECOND, "Second draft, approved.");
    steps.livePage(IN_REVIEW, "Before.");
    Revision waiting = steps.draft(IN_REVIEW, "Third draft, waiting for a reviewer.");
    workflow.submitForReview(Staff.EDITOR, IN_REVIEW, waiting.id());
  }

  @Test
  @Order(2)
  @RunAsClient
  void scheduleSeveralInTheBrowser(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    String at =
        LocalDateTime.now(ZONE)
            .plusDays(3)
            .withHour(9)
            .withMinute(30)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    BulkScheduleInBrowser.schedule(
        Loopback.base(deployment),
        "admin",
        System.getProperty("cms.it.adminPassword"),
        FILTER,
        List.of(FIRST.value(), SECOND.value()),
        IN_REVIEW.value(),
        at,
        ZONE.getId());
  }

  @Test
  @Order(3)
  void theApprovedDraftsAreScheduledTheOtherIsNot() {
    try {
      List<Schedule> first = pending(FIRST);
      BrowserStep.requireDone(
          !first.isEmpty() || !pending(SECOND).isEmpty(), "scheduled the approved drafts");
      assertEquals(1, first.size());
      assertEquals(1, pending(SECOND).size());
      assertEquals(
          content.requireByPath(FIRST).latestRevision().orElseThrow().id(),
          first.get(0).revisionId().orElseThrow(),
          "the approved latest revision is the one scheduled");
      assertEquals(ZONE, first.get(0).timeZone());
      assertTrue(pending(IN_REVIEW).isEmpty(), "a revision in review is never scheduled");
    } finally {
      for (ContentPath path : List.of(FIRST, SECOND, IN_REVIEW)) {
        pending(path).forEach(schedule -> schedules.cancel(Staff.ADMIN, schedule.id()));
        publishing.unpublish(Staff.ADMIN, path, "bulk schedule journey is over");
      }
    }
  }

  private List<Schedule> pending(ContentPath path) {
    return schedules.ofItem(content.requireByPath(path).id()).stream()
        .filter(schedule -> schedule.state() == ScheduleState.PENDING)
        .toList();
  }
}

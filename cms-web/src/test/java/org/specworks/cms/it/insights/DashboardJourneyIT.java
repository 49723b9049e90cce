package org.specworks.cms.it.insights;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.COMMUNICATIONS;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.LEGAL;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DashboardInBrowser;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Issue 20's journey: a history of the last weeks (reviews decided at both policy steps, reviews
 * waiting for less than a day, two days and five days, an urgent fix, an on-time and a late
 * schedule) is made with the clock turned back; an administrator then sees the four charts, opens
 * each one's table, and follows the "> 3 days" bar of "Review" to the list holding the five-day-old
 * review.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardJourneyIT {

  private static final ContentPath WAITING_LONG = ContentPath.of("/it/dashboard-waiting-five-days");
  private static final ContentPath WAITING_SHORT = ContentPath.of("/it/dashboard-waiting-two-days");

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private MovableClock clock;
  @Inject private java.time.Clock now;

  @Test
  @Order(1)
  void aHistoryOfTheLastWeeks() {
    try {
      at(Duration.ofDays(-5), () -> submittedPage(WAITING_LONG));
      at(Duration.ofDays(-2), () -> submittedPage(WAITING_SHORT));
      at(
          Duration.ofDays(-10),
          () -> {
            ContentPath policy = ContentPath.of("/it/dashboard-policy");
            content.create(EDITOR, ContentType.POLICY, policy, policy(), "");
            Review review = workflow.submitForReview(EDITOR, policy, latest(policy).id());
            clock.shift(Duration.ofHours(3));
            workflow.approve(COMMUNICATIONS, review.id(), review.revisionId(), "clear");
            clock.shift(Duration.ofHours(26));
            workflow.approve(LEGAL, review.id(), review.revisionId(), "sound");
          });
      at(
          Duration.ofDays(-17),
          () -> {
            ContentPath fixed = ContentPath.of("/it/dashboard-urgent-fix");
            steps.livePage(fixed, "The office opens at 9.");
            Revision fix = steps.draft(fixed, "The office opens at 8.");
            publishing.publishUrgentFix(
                ADMIN, fixed, fix.id(), "Visitors came an hour late today.");
          });
      Actor scheduler = steps.reviewerAccount();
      at(Duration.ofDays(-3), () -> scheduled(scheduler, "on-time", Duration.ofSeconds(20)));
      at(Duration.ofDays(-4), () -> scheduled(scheduler, "late", Duration.ofMinutes(15)));
    } finally {
      clock.reset();
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void theChartsTheirTablesAndTheWaitingBar(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    String filtered =
        DashboardInBrowser.followWaitingBar(
            Loopback.base(deployment),
            "admin",
            System.getProperty("cms.it.adminPassword"),
            "Review",
            "theChartsTheirTablesAndTheWaitingBar");
    assertTrue(filtered.contains(WAITING_LONG.value()), filtered);
    assertFalse(filtered.contains(WAITING_SHORT.value()), "two days is not > 3 days: " + filtered);
  }

  @Test
  @Order(3)
  void theWaitingReviewsAreSentBackOnceTheJourneyIsOver() {
    for (ContentPath path : new ContentPath[] {WAITING_LONG, WAITING_SHORT}) {
      workflow
          .openReviewOf(path)
          .ifPresent(review -> workflow.reject(REVIEWER, review.id(), "The journey is over."));
    }
  }

  /** Runs {@code work} with the clock moved by {@code shift}, then puts it back. */
  private void at(Duration shift, Runnable work) {
    clock.reset();
    clock.shift(shift);
    work.run();
    clock.reset();
  }

  private void submittedPage(ContentPath path) {
    content.create(EDITOR, ContentType.PAGE, path, EditorialSteps.page("Waiting words."), "");
    workflow.submitForReview(EDITOR, path, latest(path).id());
  }

  /** A live page whose approved draft a schedule publishes {@code late} after its due time. */
  private void scheduled(Actor scheduler, String name, Duration late) {
    ContentPath path = ContentPath.of("/it/dashboard-schedule-" + name);
    Revision draft = steps.approvedDraftOfLivePage(path, "Scheduled words.");
    LocalDateTime due =
        LocalDateTime.ofInstant(now.instant().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);
    schedules.schedulePublish(scheduler, path, draft.id(), due, "UTC", null);
    clock.shift(Duration.ofMinutes(10).plus(late));
    runner.runDue();
  }

  private Revision latest(ContentPath path) {
    return content.requireByPath(path).latestRevision().orElseThrow();
  }

  private static RevisionContent policy() {
    return new RevisionContent(
        "Dashboard policy",
        "Summary",
        "",
        Map.of("kind", "openness-policy", "effectiveDate", "2018-02-01", "position", "1"));
  }
}

package org.specworks.cms.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ScheduleInBrowser;
import org.specworks.cms.testing.SiteClient;

/**
 * Journey 4: a reviewer schedules an approved draft in the browser, the application clock moves
 * past the chosen time, and the background scheduler (not the test) makes it live.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleJourneyIT {

  private static final ContentPath PATH = ContentPath.of("/omaspecworks/schedule-journey");
  private static final String SCHEDULED_WORDS = "Scheduled words for the journey.";
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration AHEAD = Duration.ofHours(2);

  /**
   * The server's clock is turned back by a day for this journey, so everything it records while
   * time moves forward stays dated in the past (tests that read the newest audit entry are never
   * misled).
   */
  private static final Duration TURNED_BACK = Duration.ofDays(1);

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private MovableClock clock;
  @Inject private ScheduleService schedules;
  @Inject private org.specworks.cms.publishing.PublishingService publishing;

  @Test
  @Order(1)
  void anApprovedDraftWaits() {
    steps.livePage(PATH, "Words before the schedule.");
    Revision draft = steps.draft(PATH, SCHEDULED_WORDS);
    steps.approve(PATH, draft);
    assertEquals(2, draft.number());
    clock.shift(TURNED_BACK.negated());
  }

  @Test
  @Order(2)
  @RunAsClient
  void scheduleInTheBrowser(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    String at =
        LocalDateTime.now(PARIS)
            .minus(TURNED_BACK)
            .plus(AHEAD)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    ScheduleInBrowser.schedule(
        Loopback.base(deployment),
        "admin",
        System.getProperty("cms.it.adminPassword"),
        PATH.value(),
        at,
        PARIS.getId());
    String publicPage = new SiteClient(deployment).get(PATH.value().substring(1)).body();
    assertTrue(
        publicPage.contains("Words before the schedule.") && !publicPage.contains(SCHEDULED_WORDS),
        "readers still get revision 1 before its time: " + publicPage);
  }

  @Test
  @Order(3)
  void theSchedulerPublishesItOnceTheClockPassesItsTime() throws InterruptedException {
    if (schedules.ofItem(content.requireByPath(PATH).id()).isEmpty()) {
      clock.reset();
      BrowserStep.requireDone(false, "scheduled the approved draft");
    }
    clock.shift(AHEAD.plusMinutes(2));
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!isLive() && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      assertTrue(isLive(), "the background poller published the scheduled revision");
    } finally {
      clock.reset();
    }
  }

  @Test
  @Order(4)
  @RunAsClient
  void readersSeeTheScheduledText(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    String publicPage = new SiteClient(deployment).get(PATH.value().substring(1)).body();
    assertTrue(publicPage.contains(SCHEDULED_WORDS), publicPage);
  }

  @Test
  @Order(5)
  void takesTheJourneyPageOffTheSiteAgain() {
    publishing.unpublish(org.specworks.cms.it.Staff.ADMIN, PATH, "schedule journey is over");
  }

  private boolean isLive() {
    return content.requireByPath(PATH).liveRevision().orElseThrow().number() == 2;
  }
}

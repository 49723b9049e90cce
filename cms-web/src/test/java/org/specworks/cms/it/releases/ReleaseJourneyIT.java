package org.specworks.cms.it.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ReleaseInBrowser;

/**
 * The releases screen end to end: two items' drafts composed, reviewed and published together in
 * Chromium.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseJourneyIT {

  private static final List<String> PATHS =
      List.of("/omaspecworks/release-journey/first", "/omaspecworks/release-journey/second");

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void twoLivePagesWithDrafts() {
    for (String path : PATHS) {
      steps.livePage(ContentPath.of(path), "Live words of " + path + ".");
      steps.draft(ContentPath.of(path), "Released words of " + path + ".");
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void composeReviewAndPublishInTheBrowser(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    ReleaseInBrowser.run(
        Loopback.base(deployment),
        System.getProperty("cms.it.adminPassword"),
        PATHS,
        "release-journey");
  }

  @Test
  @Order(3)
  void bothWentLiveTogetherThenLeaveTheSite() {
    BrowserStep.requireDone(
        content.requireByPath(ContentPath.of(PATHS.get(0))).liveRevision().orElseThrow().number()
            == 2,
        "published the release");
    for (String path : PATHS) {
      String live =
          content.requireByPath(ContentPath.of(path)).liveRevision().orElseThrow().content().body();
      assertEquals("Released words of " + path + ".", live);
      publishing.unpublish(Staff.ADMIN, ContentPath.of(path), "release journey is over");
      assertTrue(content.requireByPath(ContentPath.of(path)).liveRevision().isEmpty());
    }
  }
}

package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.AboutTypoFix;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;

/**
 * Journey 1: the "SpeckWorks" typo fixed on the About page through review, in Chromium; then the
 * seed text is restored (as new revisions: history only grows) because other tests compare the
 * About page with the seed.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AboutTypoJourneyIT {

  private static final ContentPath ABOUT = ContentPath.of("/omaspecworks/about");

  @Inject private ContentService content;
  @Inject private EditorialSteps steps;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  @RunAsClient
  void editorFixesTheTypoAndAReviewerPublishesIt(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    AboutTypoFix.run(Loopback.base(deployment), System.getProperty("cms.it.adminPassword"));
  }

  @Test
  @Order(2)
  void historyKeepsBothRevisionsThenTheSeedTextIsRestored() {
    ContentItem about = content.requireByPath(ABOUT);
    Revision latest = about.latestRevision().orElseThrow();
    BrowserStep.requireDone(latest.number() > 1, "saved and published the fixed About page");
    Revision seed = content.requireRevision(ABOUT, 1);
    assertEquals(
        seed.content().body().replace("SpeckWorks", "SpecWorks"),
        content.requireRevision(ABOUT, 2).content().body(),
        "the fix changed exactly that word");
    Revision restored =
        content.revertTo(
            Staff.EDITOR, ABOUT, latest.id(), 1, "Restore the seed text for other tests");
    steps.approve(ABOUT, restored);
    publishing.publish(
        Staff.REVIEWER, ABOUT, restored.id(), "Restoring the seed as it was, warnings included.");
    assertEquals(
        seed.content(), content.requireByPath(ABOUT).liveRevision().orElseThrow().content());
  }
}

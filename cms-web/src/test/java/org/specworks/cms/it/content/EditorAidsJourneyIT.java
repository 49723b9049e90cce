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
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.Staff;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.EditorAidsInBrowser;
import org.specworks.cms.testing.Loopback;

/**
 * The dashboard lists the content-check findings of a pending change; its editor sees the preview
 * follow the text as they type; previewing saves nothing.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorAidsJourneyIT {

  private static final ContentPath PATH = ContentPath.of("/omaspecworks/editor-aids-journey");
  private static final String TITLE = "Editor aids journey";

  @Inject private ContentService content;

  @Test
  @Order(1)
  void aDraftWithAMisspellingAndAnEmptyLink() {
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        PATH,
        new RevisionContent(TITLE, "", "Welcome to SpeckWorks.\n\nRead [the charter]() first.\n"),
        "first draft");
  }

  @Test
  @Order(2)
  @RunAsClient
  void findingsOnTheDashboardAndPreviewAsYouType(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    EditorAidsInBrowser.findAndPreview(
        Loopback.base(deployment),
        "admin",
        System.getProperty("cms.it.adminPassword"),
        PATH.value(),
        TITLE);
  }

  @Test
  @Order(3)
  void previewingSavedNoRevision() {
    BrowserStep.requireBrowserRan("that previewing in the browser saved nothing");
    assertEquals(1, content.requireByPath(PATH).latestRevision().orElseThrow().number());
  }
}

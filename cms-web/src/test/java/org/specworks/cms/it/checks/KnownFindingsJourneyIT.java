package org.specworks.cms.it.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.KnownFindingsInBrowser;
import org.specworks.cms.testing.Loopback;

/**
 * Publishing with known findings, in Chromium: only the warning a change introduces needs a note,
 * and the refusal without one sits beside the note field ({@link KnownFindingsInBrowser}).
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnownFindingsJourneyIT {

  private static final ContentPath PAGE = ContentPath.of("/omaspecworks/known-findings-journey");
  private static final String NOTE = "The charter is linked once it is approved.";

  @Inject private ContentService content;
  @Inject private EditorialSteps steps;
  @Inject private PublishingService publishing;
  @Inject private AuditLog audit;

  private static RevisionContent page(String body) {
    return new RevisionContent("Known findings", "", body, Map.of());
  }

  @Test
  @Order(1)
  void aLivePageWithAnEmptyLinkGetsAnApprovedChangeAddingAnother() {
    Revision live =
        content
            .create(Staff.EDITOR, ContentType.PAGE, PAGE, page("See the [Members]() list."), "new")
            .latestRevision()
            .orElseThrow();
    steps.approve(PAGE, live);
    publishing.publish(Staff.REVIEWER, PAGE, live.id(), "The members list follows.");
    Revision draft =
        content.save(
            Staff.EDITOR,
            PAGE,
            live.id(),
            page("See the [Members]() list and the [Charter]()."),
            "Mention the charter");
    steps.approve(PAGE, draft);
  }

  @Test
  @Order(2)
  @RunAsClient
  void anAdministratorPublishesItWithANoteForTheNewWarningOnly(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    KnownFindingsInBrowser.run(
        Loopback.base(deployment), PAGE.value(), System.getProperty("cms.it.adminPassword"));
  }

  @Test
  @Order(3)
  void theChangeIsLiveAndTheAuditKeepsTheNoteForOneWarning() {
    Revision live = content.requireByPath(PAGE).liveRevision().orElseThrow();
    BrowserStep.requireDone(live.content().body().contains("Charter"), "published the change");
    String detail = audit.latest(1).get(0).detail();
    assertTrue(detail.contains("1 warning(s) accepted: " + NOTE), detail);
  }
}

package org.specworks.cms.it.hotfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.specworks.cms.it.EditorialSteps.page;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.HotfixInBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.workflow.WorkflowService;

/**
 * A hotfix and a draft of one page in review side by side, as a reviewer meets them in Chromium:
 * the queue and the history label the hotfix; once the fix is live, the draft cannot be approved
 * before the fix is merged into it, and its diff is named for the revision it is compared with.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotfixJourneyIT {

  static final ContentPath PATH = ContentPath.of("/omaspecworks/hotfix-journey");
  private static final String LIVE = "The members meet in Genva.\n\nThey publish specifications.\n";
  private static final String PASSWORD = "copper estuary hotfix lantern";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private AccountService accounts;

  @Test
  @Order(1)
  void aDraftAndAHotfixOfTheLivePageWaitForReview() {
    Revision live = steps.livePage(PATH, LIVE);
    Revision draft = steps.draft(PATH, LIVE + "\nA paragraph about the next meeting.\n");
    workflow.submitForReview(EDITOR, PATH, draft.id());
    Revision fix =
        hotfixes.saveHotfix(
            OTHER_EDITOR, PATH, live.id(), page(LIVE.replace("Genva", "Geneva")), "typo");
    workflow.submitForReview(OTHER_EDITOR, PATH, fix.id());
    accounts.create(
        "hana",
        "Hana Reviewer",
        EnumSet.of(Role.REVIEWER),
        Set.of(ReviewerGroups.REVIEWERS),
        PASSWORD.toCharArray(),
        false);
  }

  @Test
  @Order(2)
  @RunAsClient
  void theReviewerTellsTheHotfixFromTheDraftAndCannotApproveTheDraftBeforeTheMerge(
      @ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    HotfixInBrowser.run(Loopback.base(deployment), PATH.value(), PASSWORD);
  }

  @Test
  @Order(3)
  void theFixIsLiveAndTheDraftStillWaitsUnapproved() {
    BrowserStep.requireDone(
        content.requireByPath(PATH).liveRevision().orElseThrow().isHotfix(),
        "published the hotfix");
    assertEquals(
        org.specworks.cms.workflow.ReviewState.IN_PROGRESS,
        workflow.openReviewOf(PATH).orElseThrow().state(),
        "the draft's review waits for the merge, unapproved");
  }
}

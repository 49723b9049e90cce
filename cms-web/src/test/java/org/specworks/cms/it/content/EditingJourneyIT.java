package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.EditingInBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Editing as staff live it (issue 21, editing), in Chromium: autosave gives back exactly the form
 * after a failed save, the editor sees what a save changed, dates are picked or typed as people
 * write them, times read as people read them, each role is offered only what it may do, the
 * schedule's time zones are grouped and searchable, and the dashboard names reviews by title.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditingJourneyIT {

  static final ContentPath POLICY = ContentPath.of("/omaspecworks/editing-journey-policy");
  static final ContentPath PAGE = ContentPath.of("/omaspecworks/editing-journey-page");
  static final ContentPath WAITING = ContentPath.of("/omaspecworks/editing-journey-waiting");
  static final String WAITING_TITLE = "Editing journey: a page waiting for review";
  private static final String PASSWORD = "copper meadow editing lantern";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private AccountService accounts;

  @Test
  @Order(1)
  void aPolicyAPageAndAReviewWaitForTheirStaff() {
    content.create(
        Staff.EDITOR,
        ContentType.POLICY,
        POLICY,
        new RevisionContent(
            "Editing Journey Policy",
            "Summary",
            "",
            Map.of("kind", "openness-policy", "effectiveDate", "2018-02-01", "position", "1")),
        "A new policy");
    steps.livePage(PAGE, "Members meet in Geneva.");
    steps.draft(PAGE, "Members meet in Geneva every spring.");
    Revision waiting =
        content
            .create(
                Staff.EDITOR,
                ContentType.PAGE,
                WAITING,
                new RevisionContent(WAITING_TITLE, "", "Please review me."),
                "first")
            .latestRevision()
            .orElseThrow();
    workflow.submitForReview(Staff.EDITOR, WAITING, waiting.id());
    accounts.create(
        "edie", "Edie Editor", EnumSet.of(Role.EDITOR), Set.of(), PASSWORD.toCharArray(), false);
    accounts.create(
        "remy",
        "Remy Reviewer",
        EnumSet.of(Role.REVIEWER),
        Set.of(ReviewerGroups.REVIEWERS),
        PASSWORD.toCharArray(),
        false);
  }

  private static void walk(URL deployment, String journey, String... arguments) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    EditingInBrowser.walk(Loopback.base(deployment), journey, PASSWORD, arguments);
  }

  @Test
  @Order(2)
  @RunAsClient
  void autosaveGivesBackExactlyTheFormAfterAFailedSave(@ArquillianResource URL deployment) {
    walk(deployment, "autosaveRestore", POLICY.value());
  }

  @Test
  @Order(3)
  @RunAsClient
  void anEffectiveDateIsTypedAsPeopleWriteItOrPicked(@ArquillianResource URL deployment) {
    walk(deployment, "datePicker", POLICY.value());
  }

  @Test
  @Order(4)
  @RunAsClient
  void afterSavingTheEditorSeesWhatChanged(@ArquillianResource URL deployment) {
    walk(deployment, "savedChanges", PAGE.value());
  }

  @Test
  @Order(5)
  @RunAsClient
  void timesReadAsPeopleReadThem(@ArquillianResource URL deployment) {
    walk(deployment, "readableTimes", PAGE.value());
  }

  @Test
  @Order(6)
  @RunAsClient
  void eachRoleIsOfferedOnlyWhatItMayDo(@ArquillianResource URL deployment) {
    walk(deployment, "offeredByRole", PAGE.value());
  }

  @Test
  @Order(7)
  @RunAsClient
  void theDashboardNamesReviewsByTitleAndSpeaksPlainly(@ArquillianResource URL deployment) {
    walk(
        deployment,
        "plainDashboard",
        WAITING.value(),
        WAITING_TITLE,
        System.getProperty("cms.it.adminPassword"));
  }

  @Test
  @Order(8)
  @RunAsClient
  void timeZonesAreGroupedAndSearchable(@ArquillianResource URL deployment) {
    walk(deployment, "timeZones", System.getProperty("cms.it.adminPassword"));
  }
}

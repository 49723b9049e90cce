package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ReviewScreenInBrowser;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The review screen as a reviewer reads it (issue 18), in Chromium: a one-word change in a long
 * page is a short diff with the unchanged paragraphs folded and counted, the rendered view marks
 * the change as readers will see it, the editor's change note and the approval's comment are on the
 * review, and a policy's two-step review shows its steps and says what still waits after the first
 * approval.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewScreenJourneyIT {

  private static final ContentPath PAGE = ContentPath.of("/omaspecworks/review-screen-journey");
  private static final ContentPath POLICY =
      ContentPath.of("/omaspecworks/review-screen-journey-policy");
  private static final String CHANGE_NOTE = "The members now meet in Lisbon";
  private static final String APPROVAL_COMMENT = "Checked the venue with the events team.";
  private static final String PASSWORD = "quiet harbour review lantern";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private AccountService accounts;
  @Inject private PublishingService publishing;

  private static RevisionContent titled(String body) {
    return new RevisionContent("Review journey page", "", body);
  }

  /** Twenty long paragraphs; the tenth names the meeting place in bold. */
  static String longBody(String place) {
    return IntStream.rangeClosed(1, 20)
        .mapToObj(
            i ->
                i == 10
                    ? "Paragraph 10: the members meet in **" + place + "** every spring."
                    : "Paragraph "
                        + i
                        + ": "
                        + "OMA SpecWorks brings together companies that write specifications"
                            .repeat(4))
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  @Order(1)
  void aOneWordChangeAndAPolicyChangeWaitForReview() {
    Revision live =
        content
            .create(Staff.EDITOR, ContentType.PAGE, PAGE, titled(longBody("Geneva")), "first")
            .latestRevision()
            .orElseThrow();
    steps.approve(PAGE, live);
    publishing.publish(Staff.REVIEWER, PAGE, live.id());
    Revision draft =
        content.save(Staff.EDITOR, PAGE, live.id(), titled(longBody("Lisbon")), CHANGE_NOTE);
    workflow.submitForReview(Staff.EDITOR, PAGE, draft.id());

    Revision policy =
        content
            .create(
                Staff.EDITOR,
                ContentType.POLICY,
                POLICY,
                WorkflowIT.policy("Review Journey Policy"),
                "A new policy")
            .latestRevision()
            .orElseThrow();
    workflow.submitForReview(Staff.EDITOR, POLICY, policy.id());

    accounts.create(
        "rena",
        "Rena Reviewer",
        EnumSet.of(Role.REVIEWER),
        Set.of(ReviewerGroups.REVIEWERS),
        PASSWORD.toCharArray(),
        false);
    accounts.create(
        "colm",
        "Colm Communications",
        EnumSet.of(Role.REVIEWER),
        Set.of(ReviewerGroups.COMMUNICATIONS),
        PASSWORD.toCharArray(),
        false);
  }

  @Test
  @Order(2)
  @RunAsClient
  void theReviewerReadsAShortDiffAndTheStepsOfATwoStepReview(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    ReviewScreenInBrowser.run(
        Loopback.base(deployment),
        PAGE.value(),
        POLICY.value(),
        CHANGE_NOTE,
        APPROVAL_COMMENT,
        PASSWORD);
  }
}

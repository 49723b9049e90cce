package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;
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
    Revision live = steps.livePage(PAGE, longBody("Geneva"));
    Revision draft =
        content.save(
            Staff.EDITOR,
            PAGE,
            live.id(),
            new RevisionContent("Review journey page", "", longBody("Lisbon")),
            CHANGE_NOTE);
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
    try (Browser browser = Browser.start("ReviewScreenJourneyIT", "reviewScreen")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
      console.signIn("rena", PASSWORD);
      console.open("admin/review/index.xhtml");
      WebElement link = console.reviewLink("awaiting", PAGE.value());
      assertEquals("Review journey page", link.getText(), "the list names the item by its title");
      console.press(link);

      WebElement changes = driver.findElement(By.id("changes"));
      assertEquals(List.of("Geneva"), texts(changes, "del"), "one word removed");
      assertEquals(List.of("Lisbon"), texts(changes, "ins"), "one word added");
      assertEquals(
          List.of("8 unchanged paragraphs", "9 unchanged paragraphs"),
          texts(changes, "details.folded > summary"));
      int shortHeight = changes.getSize().getHeight();
      assertTrue(shortHeight < 500, "a one-word change is a short diff: " + shortHeight + " px");
      assertTrue(
          driver.findElement(By.id("change-note")).getText().contains(CHANGE_NOTE),
          "the editor's change note is on the review");
      browser.screenshot("short-diff");

      driver.findElements(By.cssSelector("#changes details.folded > summary")).get(0).click();
      assertTrue(
          driver.findElement(By.id("changes")).getSize().getHeight() > shortHeight + 300,
          "the folded paragraphs open on request");

      driver
          .findElement(
              By.xpath(
                  "//*[@id='diff-mode:mode']//label[normalize-space()='As readers will see it']"))
          .click();
      WebElement added =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(d -> d.findElement(By.cssSelector("#changes .rendered ins.rendered-added")));
      assertEquals("Lisbon", added.findElement(By.tagName("strong")).getText(), "rendered, bold");
      assertEquals(
          "Geneva",
          driver
              .findElement(By.cssSelector("#changes .rendered del.rendered-removed strong"))
              .getText());
      assertTrue(
          driver.findElement(By.id("changes")).getText().contains("9 unchanged paragraphs"),
          "the rendered view folds too");
      browser.screenshot("rendered-diff");

      driver.findElement(By.id("decision:comment")).sendKeys(APPROVAL_COMMENT);
      console.press(By.id("decision:approve"));
      assertTrue(console.mainText().contains("Approved."), console.mainText());
      String comments = driver.findElement(By.id("comments")).getText();
      assertTrue(
          comments.contains("rena (approved step 'Review'): " + APPROVAL_COMMENT),
          "the approval's comment is among the comments: " + comments);
      browser.screenshot("approved-with-comment");
      console.signOut();

      console.signIn("colm", PASSWORD);
      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("awaiting", POLICY.value()));
      String progress = driver.findElement(By.id("review-progress")).getText();
      assertTrue(
          progress.contains("Step 1 of 2: Communications review: waiting")
              && progress.contains("Step 2 of 2: Legal review: not reached yet"),
          progress);
      browser.screenshot("policy-step-1");
      console.press(By.id("decision:approve"));
      assertTrue(
          console.mainText().contains("Approved step 1 of 2; waiting for Legal review."),
          console.mainText());
      progress = driver.findElement(By.id("review-progress")).getText();
      assertTrue(
          progress.contains("Step 1 of 2: Communications review ✓ (colm)")
              && progress.contains("Step 2 of 2: Legal review: waiting"),
          progress);
      browser.screenshot("policy-step-2-waiting");
      console.signOut();
    }
  }

  private static List<String> texts(WebElement within, String css) {
    return within.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}

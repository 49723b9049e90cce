package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of ReviewScreenJourneyIT (issue 18): a reviewer reads a one-word change in a
 * long page as a short diff, folded and counted, and as readers will see it; sees the change note;
 * approves with a comment that lands under Comments; a communications reviewer sees a policy's two
 * steps and, after approving the first, what still waits.
 */
public final class ReviewScreenInBrowser {

  private ReviewScreenInBrowser() {}

  public static void run(
      URI base,
      String page,
      String policy,
      String changeNote,
      String approvalComment,
      String password) {
    try (Browser browser = Browser.start("ReviewScreenJourneyIT", "reviewScreen")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("rena", password);
      console.open("admin/review/index.xhtml");
      WebElement link = console.reviewLink("awaiting", page);
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
          driver.findElement(By.id("change-note")).getText().contains(changeNote),
          "the editor's change note is on the review");
      browser.screenshot("short-diff");

      driver.findElements(By.cssSelector("#changes details.folded > summary")).get(0).click();
      assertTrue(
          driver.findElement(By.id("changes")).getSize().getHeight() > shortHeight + 300,
          "the folded paragraphs open on request");

      driver
          .findElement(
              By.xpath("//*[@id='diff-mode:mode']//label[normalize-space()='Side by side']"))
          .click();
      WebElement before =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(d -> d.findElement(By.cssSelector("#changes .side-by-side pre.before")));
      assertEquals("Geneva", before.findElement(By.tagName("del")).getText());
      assertTrue(before.getText().contains("8 unchanged paragraphs"), before.getText());
      browser.screenshot("side-by-side");

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

      driver.findElement(By.id("decision:comment")).sendKeys(approvalComment);
      console.press(By.id("decision:approve"));
      assertTrue(console.mainText().contains("Approved."), console.mainText());
      String comments = driver.findElement(By.id("comments")).getText();
      assertTrue(
          comments.contains("rena (approved step 'Review'): " + approvalComment),
          "the approval's comment is among the comments: " + comments);
      browser.screenshot("approved-with-comment");
      console.signOut();

      console.signIn("colm", password);
      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("awaiting", policy));
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

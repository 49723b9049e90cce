package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Journey 1 in Chromium: an editor who is also a reviewer fixes "SpeckWorks" on the About page and
 * submits it; they cannot approve their own change; another reviewer sees the one-word diff,
 * approves and publishes without a note, since the page's 13 empty links were live before; readers
 * get the fix; the history keeps both revisions.
 */
public final class AboutTypoFix {

  private static final String ABOUT = "/omaspecworks/about";

  private AboutTypoFix() {}

  public static void run(URI base, String adminPassword) {
    try (Browser browser =
        Browser.start("AboutTypoJourneyIT", "editorFixesTheTypoAndAReviewerPublishesIt")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("admin", adminPassword);
      console.createAccount(
          "tess", "Tess Editor-Reviewer", "EDITOR,REVIEWER", "reviewers", "temporary password t1");
      console.createAccount(
          "ray", "Ray Reviewer", "REVIEWER", "reviewers", "temporary password y2");
      console.signOut();

      console.signIn("tess", "temporary password t1");
      console.choosePassword("temporary password t1", "saffron lagoon trellis");
      console.open("admin/content/edit.xhtml?path=" + ABOUT);
      WebElement body = driver.findElement(By.id("editor:body"));
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].value = arguments[0].value.replace('SpeckWorks', 'SpecWorks');", body);
      driver.findElement(By.id("editor:changeNote")).sendKeys("Fix the SpeckWorks typo");
      console.press(By.id("editor:save"));
      assertTrue(console.mainText().contains("Saved as revision 2"), console.mainText());
      console.press(By.id("editor:submit"));
      assertTrue(console.mainText().contains("in review"), console.mainText());
      console.open("admin/review/index.xhtml");
      assertFalse(
          console.listsReview("awaiting", ABOUT),
          "four-eyes: the author's own change does not wait for the author's review");
      console.press(console.reviewLink("in-progress", ABOUT));
      assertFalse(
          driver.findElement(By.id("decision:approve")).isEnabled(), "the author cannot approve");
      assertTrue(
          driver
              .findElement(By.id("decision:cannot-decide"))
              .getText()
              .contains("You wrote part of this change"),
          driver.findElement(By.id("decision:cannot-decide")).getText());
      browser.screenshot("author-cannot-approve");
      console.signOut();

      console.signIn("ray", "temporary password y2");
      console.choosePassword("temporary password y2", "quartz meadow lantern");
      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("awaiting", ABOUT));
      WebElement changes = driver.findElement(By.id("changes"));
      List<String> removed =
          changes.findElements(By.tagName("del")).stream().map(WebElement::getText).toList();
      List<String> added =
          changes.findElements(By.tagName("ins")).stream().map(WebElement::getText).toList();
      assertEquals(List.of("SpeckWorks"), removed, "one word removed");
      assertEquals(List.of("SpecWorks"), added, "one word added");
      browser.screenshot("one-word-diff");
      driver
          .findElement(
              By.xpath("//*[@id='diff-mode:mode']//label[normalize-space()='Side by side']"))
          .click();
      WebElement before =
          new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
              .until(d -> d.findElement(By.cssSelector("#changes .side-by-side pre.before")));
      assertEquals(
          "SpeckWorks",
          before.findElement(By.tagName("del")).getText(),
          "left column: the word removed");
      assertEquals(
          "SpecWorks",
          driver.findElement(By.cssSelector("#changes .side-by-side pre.after ins")).getText(),
          "right column: the word added");
      browser.screenshot("side-by-side-diff");
      console.press(By.id("decision:approve"));
      assertTrue(console.mainText().contains("Approved"), console.mainText());
      // The 13 empty links and the repeated IPR text are already live: listed, folded, no note
      // asked.
      assertEquals(
          "This change brings no new problems.",
          driver.findElement(By.cssSelector("#checks .no-findings")).getText());
      WebElement known = driver.findElement(By.id("checks-known"));
      assertEquals(null, known.getAttribute("open"), "the known findings are folded");
      assertEquals(
          "14 finding(s) already on the live page (no note needed)",
          known.findElement(By.tagName("summary")).getText());
      assertTrue(
          driver.findElements(By.id("decision:acceptWarnings")).isEmpty(),
          "a one-word fix asks no note for warnings that are already live");
      browser.screenshot("known-findings-folded");
      console.press(By.id("decision:publish"));
      assertTrue(console.mainText().contains("Published"), console.mainText());

      console.open(ABOUT.substring(1));
      String page = driver.findElement(By.tagName("main")).getText();
      assertTrue(
          page.contains("OMA SpecWorks") && !page.contains("SpeckWorks"), "readers get the fix");
      browser.screenshot("public-about-fixed");

      console.open("admin/content/history.xhtml?path=" + ABOUT);
      String history = driver.findElement(By.id("history:revisions")).getText();
      assertTrue(
          history.contains("Fix the SpeckWorks typo")
              && history.contains("ray") == false
              && history.contains("tess")
              && history.contains("system"),
          "both revisions stay: " + history);
      console.signOut();
    }
  }
}

package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Releases in Chromium: an editor creates a release, adds two items' drafts from the content list
 * in one bulk action and submits it; a reviewer compares it with live, approves and publishes it.
 */
public final class ReleaseInBrowser {

  private ReleaseInBrowser() {}

  /**
   * The entries' word changes as the review screen shows them ({@code content.BlockDiff}): marked
   * in colour, the old word removed and the new one added in each entry.
   */
  private static void assertMarkedAsTheReviewScreenMarksIt(WebDriver driver, int entries) {
    List<WebElement> removed = driver.findElements(By.cssSelector("#changes .block-diff del"));
    List<WebElement> added = driver.findElements(By.cssSelector("#changes .block-diff ins"));
    assertEquals(entries, removed.size(), "one word removed per entry");
    assertEquals(entries, added.size(), "one word added per entry");
    assertTrue(removed.stream().allMatch(del -> del.getText().equals("Live")));
    assertTrue(added.stream().allMatch(ins -> ins.getText().equals("Released")));
    assertEquals(
        "rgba(215, 245, 221, 1)",
        added.get(0).getCssValue("background-color"),
        "added words in the review screen's green");
  }

  public static void run(URI base, String adminPassword, List<String> paths, String filter) {
    try (Browser browser =
        Browser.start("ReleaseJourneyIT", "composeReviewAndPublishInTheBrowser")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("admin", adminPassword);
      console.createAccount("cleo", "Cleo Editor", "EDITOR", "", "temporary password c1");
      console.createAccount(
          "rolf", "Rolf Reviewer", "REVIEWER", "reviewers", "temporary password r2");
      console.signOut();

      console.signIn("cleo", "temporary password c1");
      console.choosePassword("temporary password c1", "cobalt orchard whistle");
      console.open("admin/releases/index.xhtml");
      driver.findElement(By.id("new-release:title")).sendKeys("Journey release");
      console.press(By.id("new-release:create"));
      assertTrue(console.mainText().contains("created"), console.mainText());

      console.open("admin/content/index.xhtml");
      driver.findElement(By.id("list:text")).sendKeys(filter);
      console.press(By.id("list:apply"));
      browser.screenshot("filtered");
      for (String path : paths) {
        List<org.openqa.selenium.WebElement> boxes =
            driver.findElements(
                By.xpath(
                    "//tbody//tr[.//code[normalize-space()='"
                        + path
                        + "']]//div[contains(@class,'ui-chkbox-box')]"));
        assertTrue(
            !boxes.isEmpty(),
            "a selectable row for "
                + path
                + " in: "
                + driver.findElement(By.id("list:items")).getAttribute("outerHTML"));
        boxes.get(0).click();
      }
      new Select(driver.findElement(By.id("list:release"))).selectByVisibleText("Journey release");
      browser.screenshot("bulk-add");
      console.press(By.id("list:add-to-release"));
      assertTrue(
          console
              .mainText()
              .contains(
                  "Added "
                      + (paths.size() == 1 ? "one item" : paths.size() + " items")
                      + " to release 'Journey release'"),
          console.mainText());

      console.open("admin/releases/index.xhtml");
      console.press(By.linkText("Journey release"));
      String compared = console.mainText();
      assertTrue(
          paths.stream().allMatch(compared::contains),
          "both items are compared with live: " + compared);
      assertMarkedAsTheReviewScreenMarksIt(driver, paths.size());
      console.press(By.id("compose:submit"));
      assertTrue(
          console.mainText().contains("Submitted for review as a whole"), console.mainText());
      console.signOut();

      console.signIn("rolf", "temporary password r2");
      console.choosePassword("temporary password r2", "maple lantern current");
      console.open("admin/releases/index.xhtml");
      console.press(By.linkText("Journey release"));
      browser.screenshot("release-review");
      console.press(By.id("decide:approve"));
      assertTrue(console.mainText().contains("Approved"), console.mainText());
      console.press(By.id("decide:publish"));
      assertTrue(
          console.mainText().contains("Published: every item of the release is live"),
          console.mainText());
      browser.screenshot("release-published");

      // Afterwards the release is a record of what went live: each entry against what it replaced.
      String heading = driver.findElement(By.id("changes-heading")).getText();
      assertTrue(heading.startsWith("Published") && heading.contains("by rolf"), heading);
      assertMarkedAsTheReviewScreenMarksIt(driver, paths.size());
      String record = driver.findElement(By.id("changes")).getText();
      assertTrue(paths.stream().allMatch(record::contains), record);
      driver
          .findElement(
              By.xpath(
                  "//*[@id='diff-mode:mode']//label[normalize-space()='As readers will see it']"))
          .click();
      List<WebElement> added =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(
                  d -> {
                    List<WebElement> found =
                        d.findElements(By.cssSelector("#changes .rendered ins.rendered-added"));
                    return found.size() == paths.size() ? found : null;
                  });
      assertTrue(
          added.stream().allMatch(ins -> ins.getText().startsWith("Released words of")),
          "rendered as readers see it, each entry's new text marked");
      browser.screenshot("release-published-record");
      console.signOut();
    }
  }
}

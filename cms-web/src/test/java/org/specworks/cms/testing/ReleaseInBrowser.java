package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Releases in Chromium: an editor creates a release, adds two items' drafts from the content list
 * in one bulk action and submits it; a reviewer compares it with live, approves and publishes it.
 */
public final class ReleaseInBrowser {

  private ReleaseInBrowser() {}

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
      console.signOut();
    }
  }
}

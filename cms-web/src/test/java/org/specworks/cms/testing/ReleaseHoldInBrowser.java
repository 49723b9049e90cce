package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The browser half of ReleaseHoldJourneyIT: the composer of an approved release, an editor, is
 * warned before editing one of its items; saves anyway; finds on the release which entry changed
 * and why it can go no further; reopens it, takes in the new revision and submits it; then reopens
 * it once more from the editor.
 */
public final class ReleaseHoldInBrowser {

  private ReleaseHoldInBrowser() {}

  public static void run(URI base, String path, String title, String password) {
    try (Browser browser =
        Browser.start(
            "ReleaseHoldJourneyIT", "theEditorIsWarnedAndTheReleaseSaysWhichEntryChanged")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("cara", password);
      console.open("admin/content/edit.xhtml?path=" + path);
      String warning = driver.findElement(By.id("release-hold")).getText();
      assertTrue(
          warning.contains("in the approved release '" + title + "'")
              && warning.contains("reopened"),
          "warned before editing: " + warning);
      assertFalse(
          driver.findElements(By.id("release-hold:reopen-release")).isEmpty(),
          "its composer is offered to reopen the release");
      browser.screenshot("editor-warned");

      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].value = 'Released words, edited after approval.';",
              driver.findElement(By.id("editor:body")));
      driver.findElement(By.id("editor:changeNote")).sendKeys("Edited after approval");
      console.press(By.id("editor:save"));
      assertTrue(console.mainText().contains("Saved as revision 3"), console.mainText());

      console.press(By.id("release-hold:release-link"));
      String stuck = driver.findElement(By.id("release-stuck")).getText();
      assertTrue(
          stuck.contains(
              path + " changed after it was added to the release (now revision 3 by cara)"),
          "the release names the entry that changed: " + stuck);
      assertFalse(
          driver.findElements(By.cssSelector(".release-entry .entry-changed")).isEmpty(),
          "the entry is marked");
      browser.screenshot("release-stuck");
      driver.findElement(By.id("reopen:reason")).sendKeys("Take in the edit");
      console.press(By.id("reopen:reopen"));
      assertTrue(console.mainText().contains("Reopened"), console.mainText());
      driver.findElement(By.id("compose:path")).sendKeys(path);
      console.press(By.id("compose:add"));
      assertTrue(console.mainText().contains("Added " + path), console.mainText());
      console.press(By.id("compose:submit"));
      assertTrue(
          console.mainText().contains("Submitted for review as a whole"), console.mainText());

      console.open("admin/content/edit.xhtml?path=" + path);
      assertTrue(
          driver
              .findElement(By.id("release-hold"))
              .getText()
              .contains("in the release '" + title + "', which is in review"),
          driver.findElement(By.id("release-hold")).getText());
      console.press(By.id("release-hold:reopen-release"));
      assertTrue(
          console.mainText().contains("Release '" + title + "' reopened"), console.mainText());
      assertTrue(
          driver.findElements(By.id("release-hold")).isEmpty(),
          "an open release takes the next revision in: nothing to warn about");
      browser.screenshot("release-reopened-from-editor");
      console.signOut();
    }
  }
}

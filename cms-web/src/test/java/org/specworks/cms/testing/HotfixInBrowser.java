package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The browser half of HotfixJourneyIT: a reviewer finds a page's draft and its hotfix as two
 * labelled rows, approves and publishes the fix, and then finds the draft not approvable until the
 * fix is merged, its diff named for where the draft started; the history labels the hotfix.
 */
public final class HotfixInBrowser {

  private HotfixInBrowser() {}

  public static void run(URI base, String path, String password) {
    try (Browser browser =
        Browser.start(
            "HotfixJourneyIT",
            "theReviewerTellsTheHotfixFromTheDraftAndCannotApproveTheDraftBeforeTheMerge")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("hana", password);
      console.open("admin/review/index.xhtml");
      for (String table : new String[] {"awaiting", "in-progress"}) {
        assertTrue(
            console.reviewLink(table, path, true).isDisplayed()
                && console.reviewLink(table, path, false).isDisplayed(),
            "the hotfix's row is labelled, the draft's is not, in " + table);
      }
      browser.screenshot("queue-labels-the-hotfix");

      console.press(console.reviewLink("awaiting", path, true));
      assertFalse(
          driver.findElements(By.id("hotfix-tag")).isEmpty(), "the review says it is a hotfix");
      assertTrue(
          driver
              .findElement(By.id("changes-heading"))
              .getText()
              .equals("What the hotfix changes on the live page"),
          driver.findElement(By.id("changes-heading")).getText());
      console.press(By.id("decision:approve"));
      assertTrue(console.mainText().contains("Approved"), console.mainText());
      console.press(By.id("decision:publish"));
      assertTrue(console.mainText().contains("Published"), console.mainText());

      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("awaiting", path, false));
      String heading = driver.findElement(By.id("changes-heading")).getText();
      assertTrue(
          heading.startsWith("Changes since revision 1, where this draft started"),
          "named for what it compares with, not 'since live': " + heading);
      assertFalse(
          driver.findElement(By.id("decision:approve")).isEnabled(),
          "not approvable before the merge");
      assertTrue(driver.findElement(By.id("decision:reject")).isEnabled(), "it can be sent back");
      String why = driver.findElement(By.id("decision:cannot-decide")).getText();
      assertTrue(why.contains("must merge it in first"), why);
      browser.screenshot("draft-waits-for-the-merge");

      console.open("admin/content/history.xhtml?path=" + path);
      String revisions = driver.findElement(By.id("history:revisions")).getText();
      assertTrue(revisions.contains("Hotfix of live r1"), revisions);
      browser.screenshot("history-labels-the-hotfix");
      console.signOut();
    }
  }
}

package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A reviewer in Chromium finds items on the content list by their badges, selects several and
 * schedules them in one go; an item that is only in review is refused with its reason while the
 * others are scheduled.
 */
public final class BulkScheduleInBrowser {

  private BulkScheduleInBrowser() {}

  /**
   * @param approved paths whose latest revision is approved: each must show the "Approved" badge
   *     and be scheduled
   * @param inReview a path whose latest revision is in review: it must show "In review" and be
   *     refused
   */
  public static void schedule(
      URI base,
      String username,
      String password,
      String filter,
      List<String> approved,
      String inReview,
      String localTime,
      String zone) {
    try (Browser browser = Browser.start("BulkScheduleJourneyIT", "scheduleSeveralInTheBrowser")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn(username, password);
      console.open("admin/content/index.xhtml");
      driver.findElement(By.id("list:text")).sendKeys(filter);
      console.press(By.id("list:apply"));
      for (String path : approved) {
        String row = rowOf(driver, path).getText();
        assertTrue(row.contains("Live, changes pending") && row.contains("Approved"), row);
      }
      String pendingReview = rowOf(driver, inReview).getText();
      assertTrue(
          pendingReview.contains("In review") && !pendingReview.contains("Approved"),
          pendingReview);
      browser.screenshot("badges");

      for (String path : approved) {
        select(driver, path);
      }
      select(driver, inReview);
      WebElement when = driver.findElement(By.id("list:schedule-at_input"));
      when.clear();
      when.sendKeys(localTime, Keys.ESCAPE);
      console.chooseZone("list:schedule-zone", zone.substring(zone.indexOf('/') + 1), zone);
      browser.screenshot("bulk-schedule-form");
      console.press(By.id("list:schedule-selected"));
      String page = console.mainText();
      browser.screenshot("bulk-scheduled");
      assertTrue(page.contains("Scheduled: " + approved.size()), page);
      for (String path : approved) {
        assertTrue(
            page.contains(path + " (" + ScheduleInBrowser.shownDue(localTime, zone) + ")"), page);
        assertTrue(
            rowOf(driver, path)
                .getText()
                .contains("Scheduled " + ScheduleInBrowser.shownDue(localTime, zone)),
            "the row shows when it goes live: " + rowOf(driver, path).getText());
      }
      assertTrue(page.contains(inReview + ": "), "the refusal names the item: " + page);
      assertFalse(
          rowOf(driver, inReview).getText().contains("Scheduled"),
          rowOf(driver, inReview).getText());
    }
  }

  private static WebElement rowOf(WebDriver driver, String path) {
    List<WebElement> rows =
        driver.findElements(By.xpath("//tbody//tr[.//code[normalize-space()='" + path + "']]"));
    assertFalse(
        rows.isEmpty(),
        "a row for "
            + path
            + " in: "
            + driver.findElement(By.id("list:items")).getAttribute("outerHTML"));
    return rows.get(0);
  }

  private static void select(WebDriver driver, String path) {
    rowOf(driver, path).findElement(By.cssSelector("div.ui-chkbox-box")).click();
  }
}

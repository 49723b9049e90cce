package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A reviewer in Chromium schedules an approved revision with the review screen's schedule form. */
public final class ScheduleInBrowser {

  private ScheduleInBrowser() {}

  /**
   * Signs in, opens the approved review of {@code path}, schedules it at {@code localTime}
   * ("yyyy-MM-dd HH:mm") in {@code zone}, and checks that the dashboard lists it.
   */
  public static void schedule(
      URI base, String username, String password, String path, String localTime, String zone) {
    try (Browser browser = Browser.start("ScheduleJourneyIT", "scheduleInTheBrowser")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn(username, password);
      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("approved", path));

      WebElement when = driver.findElement(By.id("schedule:when_input"));
      when.clear();
      when.sendKeys(localTime, Keys.ESCAPE);
      console.chooseZone("schedule:zone", zone.substring(zone.indexOf('/') + 1), zone);
      browser.screenshot("schedule-form");
      console.press(By.id("schedule:schedule-publish"));
      String page = console.mainText();
      assertTrue(
          page.contains("Scheduled to publish revision 2 at " + shownDue(localTime, zone)), page);
      assertTrue(
          driver.findElement(By.id("schedule:schedules")).getText().contains("Pending"), page);

      console.open("admin/");
      String scheduled = driver.findElement(By.id("scheduled")).getText();
      browser.screenshot("dashboard-scheduled");
      assertTrue(
          scheduled.contains("Publish " + path + " at " + shownDue(localTime, zone)), scheduled);
    }
  }

  /**
   * A due time as the admin shows it, in the zone the scheduler chose: "1 Dec 2026, 09:00 CET
   * (Europe/Paris)".
   */
  public static String shownDue(String localTime, String zone) {
    return java.time.LocalDateTime.parse(localTime.replace(' ', 'T'))
            .atZone(java.time.ZoneId.of(zone))
            .format(
                java.time.format.DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm zzz", java.util.Locale.ENGLISH))
        + " ("
        + zone
        + ")";
  }
}

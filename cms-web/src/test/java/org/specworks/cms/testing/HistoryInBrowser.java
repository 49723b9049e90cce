package org.specworks.cms.testing;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An item's history timeline as an administrator reads it in Chromium, for tests that prepare the
 * item in the container and must not hold browser types themselves.
 */
public final class HistoryInBrowser {

  private HistoryInBrowser() {}

  /**
   * The timeline's entries, newest first, each as {@code what | who | revision | detail} (revision
   * and detail empty where the entry has none). Leaves a screenshot of the timeline under the given
   * test's name.
   */
  public static List<String> timeline(
      URI base, String adminPassword, String path, String testClass, String testMethod) {
    try (Browser browser = Browser.start(testClass, testMethod)) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("admin", adminPassword);
      console.open("admin/content/history.xhtml?path=" + path);
      console.scrollTo(By.id("timeline-heading"));
      browser.screenshot("timeline");
      return driver.findElements(By.cssSelector("#timeline > li")).stream()
          .map(HistoryInBrowser::entry)
          .toList();
    }
  }

  private static String entry(WebElement entry) {
    return String.join(
        " | ",
        part(entry, "timeline-what"),
        part(entry, "timeline-who"),
        part(entry, "timeline-revision"),
        part(entry, "timeline-detail"));
  }

  private static String part(WebElement entry, String cssClass) {
    List<WebElement> found = entry.findElements(By.className(cssClass));
    return found.isEmpty() ? "" : found.get(0).getText().strip();
  }
}

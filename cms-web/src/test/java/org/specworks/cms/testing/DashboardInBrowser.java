package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator reads the dashboard's four charts in Chromium, opens each one's table, and
 * follows the "> 3 days" bar of a step to the filtered review list.
 */
public final class DashboardInBrowser {

  /** The charts' containers on the dashboard, in page order. */
  public static final List<String> CHARTS =
      List.of("turnaround", "publishing", "waiting", "schedules");

  /** The index of the "> 3 days" dataset in the waiting chart (the age buckets' order). */
  private static final int OVER_THREE_DAYS = 2;

  private DashboardInBrowser() {}

  /**
   * Signs in as {@code username}, checks the charts and their tables, clicks the "> 3 days" bar of
   * {@code step}, and returns the filtered list's text.
   */
  public static String followWaitingBar(
      URI base, String username, String password, String step, String testMethod) {
    try (Browser browser = Browser.start("DashboardJourneyIT", testMethod)) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn(username, password);
      console.open("admin/");
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      for (String chart : CHARTS) {
        WebElement canvas =
            wait.until(d -> d.findElement(By.cssSelector("#" + chart + " .ui-chart canvas")));
        wait.until(d -> drawn(d, canvas));
      }
      console.scrollTo(By.id("insights"));
      browser.screenshot("dashboard-charts");
      console.scrollTo(By.id("waiting"));
      browser.screenshot("dashboard-charts-waiting-schedules");

      for (String chart : CHARTS) {
        WebElement details = driver.findElement(By.id(chart + "-table"));
        details.findElement(By.tagName("summary")).click();
        WebElement table = details.findElement(By.tagName("table"));
        assertTrue(table.isDisplayed(), chart + ": the toggle shows the table");
        assertTrue(
            table.findElements(By.cssSelector("tbody tr")).size() > 0, chart + ": with rows");
      }
      browser.screenshot("dashboard-tables");
      String waitingTable = driver.findElement(By.id("waiting-table")).getText();
      assertTrue(
          !driver
              .findElements(
                  By.xpath(
                      "//details[@id='waiting-table']//tbody/tr[th[normalize-space()='"
                          + step
                          + "']]//a[contains(@class, 'waiting-gt3d')]"))
              .isEmpty(),
          "the table links the reviews waiting > 3 days at " + step + ": " + waitingTable);

      console.open("admin/");
      WebElement canvas = driver.findElement(By.cssSelector("#waiting .ui-chart canvas"));
      wait.until(d -> drawn(d, canvas));
      // The pointer goes to the middle of the bar, in the viewport's coordinates (Chart.js knows
      // where it drew it).
      ((JavascriptExecutor) driver)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
      @SuppressWarnings("unchecked")
      List<Number> point =
          (List<Number>)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "const canvas = arguments[0]; const chart = Chart.getChart(canvas);"
                          + " const index = chart.data.labels.indexOf(arguments[1]);"
                          + " if (index < 0) return null;"
                          + " const bar = chart.getDatasetMeta(arguments[2]).data[index];"
                          + " const box = canvas.getBoundingClientRect();"
                          + " return [Math.round(box.left + bar.x), Math.round(box.top + (bar.y + bar.base) / 2)];",
                      canvas,
                      step,
                      OVER_THREE_DAYS);
      assertTrue(point != null, "the waiting chart has a group of bars for " + step);
      console.awaitNextPage(
          () ->
              new Actions(driver)
                  .moveToLocation(point.get(0).intValue(), point.get(1).intValue())
                  .click()
                  .perform());
      browser.screenshot("filtered-reviews");
      assertEquals(
          "In progress at " + step + ", waiting > 3 days",
          driver.findElement(By.id("filtered-heading")).getText());
      String filtered = driver.findElement(By.id("filtered-reviews")).getText();

      console.open("admin/");
      WebElement details = driver.findElement(By.id("waiting-table"));
      details.findElement(By.tagName("summary")).click();
      WebElement row =
          details.findElement(By.xpath(".//tbody/tr[th[normalize-space()='" + step + "']]"));
      console.press(row.findElement(By.cssSelector("a.waiting-gt3d")));
      assertEquals(
          filtered,
          driver.findElement(By.id("filtered-reviews")).getText(),
          "the table's link leads to the same list as the bar");

      console.open("admin/review/index.xhtml?step=" + step + "&waiting=forever");
      assertTrue(
          console
              .mainText()
              .contains("Unknown waiting time 'forever': use one of lt1d, 1to3d, gt3d."),
          console.mainText());
      assertTrue(driver.findElements(By.id("filtered-reviews")).isEmpty(), "and no list");
      return filtered;
    }
  }

  /** Chart.js has drawn the chart into the canvas. */
  private static boolean drawn(WebDriver driver, WebElement canvas) {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) driver)
            .executeScript("return !!window.Chart && !!Chart.getChart(arguments[0]);", canvas));
  }
}

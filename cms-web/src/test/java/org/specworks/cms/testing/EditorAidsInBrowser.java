package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What helps an editor before anyone reviews: the dashboard lists the content-check findings of
 * pending changes, and the editor's preview follows the text as it is typed, rendered and sanitised
 * as the public site does.
 */
public final class EditorAidsInBrowser {

  private EditorAidsInBrowser() {}

  /**
   * @param path a never-published item whose draft has a misspelling and an empty link
   * @param title its title, as the dashboard links it
   */
  public static void findAndPreview(
      URI base, String username, String password, String path, String title) {
    try (Browser browser =
        Browser.start("EditorAidsJourneyIT", "findingsOnTheDashboardAndPreviewAsYouType")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn(username, password);

      // The findings panel loads after the dashboard is shown.
      WebElement findings =
          patiently(driver)
              .until(
                  d -> {
                    WebElement panel = d.findElement(By.id("checks:findings"));
                    return panel.getText().contains(title) ? panel : null;
                  });
      console.scrollTo(By.id("open-checks"));
      browser.screenshot("dashboard-findings");
      String text = findings.getText();
      assertTrue(text.contains("“SpeckWorks” (1×): did you mean “SpecWorks”?"), text);
      assertTrue(text.contains("has no address"), "the empty link is listed: " + text);
      assertTrue(text.contains("no errors, 2 warnings"), text);

      console.press(findings.findElement(By.linkText(title)));
      assertTrue(driver.getCurrentUrl().contains("edit.xhtml"), driver.getCurrentUrl());
      WebElement preview = driver.findElement(By.id("editor:previewPanel"));
      assertTrue(
          preview.getText().contains("SpeckWorks"),
          "the preview shows the draft on opening: " + preview.getText());

      WebElement body = driver.findElement(By.id("editor:body"));
      body.sendKeys(
          Keys.END, "\n\nA **bold claim** and <script>window.injected = 1</script>typed just now.");
      WebElement bold =
          patiently(driver)
              .until(
                  d ->
                      d.findElements(By.cssSelector("#editor\\:previewPanel strong")).stream()
                          .filter(b -> b.getText().equals("bold claim"))
                          .findFirst()
                          .orElse(null));
      browser.screenshot("live-preview");
      assertEquals(
          "bold claim", bold.getText(), "rendered as Markdown while typing, without a button");
      String html = driver.findElement(By.id("editor:previewPanel")).getAttribute("innerHTML");
      assertFalse(
          html.contains("<script"), "the preview is sanitised as the public site is: " + html);
      assertTrue(html.contains("typed just now."), html);
      assertEquals(
          null,
          ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.injected"),
          "nothing typed runs in the editor's page");
    }
  }

  private static WebDriverWait patiently(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }
}

package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an approved change that adds one empty link to a page whose live revision has
 * another. The known finding is listed folded, the new one in full; publishing without a note is
 * refused, and the refusal stands right above the note field, which has the focus; with a note it
 * is published.
 */
public final class KnownFindingsInBrowser {

  private KnownFindingsInBrowser() {}

  public static void run(URI base, String path, String adminPassword) {
    try (Browser browser = Browser.start("KnownFindingsJourneyIT", "publishWithKnownFindings")) {
      WebDriver driver = browser.driver();
      StaffConsole console = new StaffConsole(driver, base);
      console.signIn("admin", adminPassword);
      console.open("admin/review/index.xhtml");
      console.press(console.reviewLink("approved", path));

      WebElement known = driver.findElement(By.id("checks-known"));
      assertEquals(
          "1 finding(s) already on the live page (no note needed)",
          known.findElement(By.tagName("summary")).getText());
      String fresh = driver.findElement(By.cssSelector("#checks > ul")).getText();
      assertTrue(fresh.contains("“Charter” has no address") && !fresh.contains("Members"), fresh);
      browser.screenshot("one-new-warning");

      console.press(By.id("decision:publish"));
      WebElement refusal = driver.findElement(By.id("decision:publish-refused"));
      assertTrue(refusal.getText().contains("has 1 new warning"), refusal.getText());
      assertTrue(
          refusal.getText().contains("The 1 finding already on the live page needs no note."),
          refusal.getText());
      Object beside =
          ((JavascriptExecutor) driver)
              .executeScript(
                  "return arguments[0].nextElementSibling.getAttribute('for');", refusal);
      assertEquals("decision:acceptWarnings", beside, "the note field follows the refusal");
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(
              d ->
                  "decision:acceptWarnings"
                      .equals(
                          ((JavascriptExecutor) d)
                              .executeScript("return document.activeElement.id;")));
      browser.screenshot("refusal-beside-the-note");

      driver
          .findElement(By.id("decision:acceptWarnings"))
          .sendKeys("The charter is linked once it is approved.");
      console.press(By.id("decision:publish"));
      assertTrue(console.mainText().contains("Published"), console.mainText());
      console.signOut();
    }
  }
}

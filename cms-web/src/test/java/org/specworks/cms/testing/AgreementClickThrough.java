package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader in Chromium meets the agreement in front of a document: declines once, then agrees. */
public final class AgreementClickThrough {

  private AgreementClickThrough() {}

  /**
   * Waits through the page change a click starts: elements read mid-navigation go stale or missing.
   */
  private static WebDriverWait patiently(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Returns the acceptance cookie ({@code name=value}) the browser holds after agreeing. */
  public static String declineThenAgree(URI base, String documentPath, String agreementWords) {
    try (Browser browser = Browser.start("AgreementIT", "clickThroughInChromium")) {
      WebDriver driver = browser.driver();
      driver.get(base.resolve(documentPath.substring(1)).toString());
      assertTrue(
          driver
              .findElement(By.cssSelector("article.agreement"))
              .getText()
              .contains(agreementWords),
          "the agreement's text is shown before the document");
      browser.screenshot("agreement");

      driver.findElement(By.id("decline")).click();
      patiently(driver)
          .until(
              d ->
                  d.findElement(By.tagName("h1"))
                      .getText()
                      .equals("No access without the agreement"));
      browser.screenshot("declined");
      assertEquals(
          null, driver.manage().getCookieNamed("cms_agreement"), "declining records nothing");

      driver.get(base.resolve(documentPath.substring(1)).toString());
      driver.findElement(By.id("agree")).click();
      patiently(driver).until(d -> d.manage().getCookieNamed("cms_agreement") != null);
      Cookie accepted = driver.manage().getCookieNamed("cms_agreement");
      assertTrue(accepted.isHttpOnly(), "the acceptance cookie is HttpOnly");
      return accepted.getName() + "=" + accepted.getValue();
    }
  }
}

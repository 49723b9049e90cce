package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SeedFacts;
import org.specworks.cms.testing.StaffConsole;

/**
 * The bootstrap administrator signs in, sees the seeded content on the dashboard, and signs out.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class SignInJourneyIT {

  @ArquillianResource private URL deployment;

  @RegisterExtension static final BrowserSession browser = new BrowserSession();
  private WebDriver driver;
  private URI base;
  private StaffConsole console;

  @BeforeEach
  void openBrowser() {
    driver = browser.driver();
    base = Loopback.base(deployment);
    console = new StaffConsole(driver, base);
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    driver.get(base.resolve("admin/").toString());
    signIn("admin", "not-the-password");
    browser.screenshot("refused");

    assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());
    assertEquals(
        LoginView.FAILED,
        driver.findElement(By.cssSelector("#login\\:messages")).getText().strip());

    signIn("nobody-here", "not-the-password");
    assertEquals(
        LoginView.FAILED,
        driver.findElement(By.cssSelector("#login\\:messages")).getText().strip());

    driver.get(base.resolve("admin/").toString());
    assertTrue(
        driver.getCurrentUrl().contains("login.xhtml"),
        "after a failure the admin still asks to sign in");
    assertTrue(
        driver.findElement(By.id("login:username")).isDisplayed(),
        "and shows the form, not an empty page");
  }

  @Test
  void administratorSignsInSeesTheSeededPageAndSignsOut() {
    driver.get(base.resolve("admin/").toString());
    assertTrue(driver.getCurrentUrl().contains("login.xhtml"), "sent to sign in first");
    Cookie before = driver.manage().getCookieNamed("JSESSIONID");
    browser.screenshot("sign-in-page");

    signIn("admin", System.getProperty("cms.it.adminPassword"));
    browser.screenshot("dashboard");

    assertTrue(driver.getCurrentUrl().contains("/admin/"), driver.getCurrentUrl());
    assertEquals("Dashboard", driver.findElement(By.cssSelector("main h1")).getText());
    assertTrue(driver.findElement(By.id("signed-in-as")).getText().contains("Administrator"));
    Cookie after = driver.manage().getCookieNamed("JSESSIONID");
    assertNotNull(after);
    if (before != null) {
      assertNotEquals(before.getValue(), after.getValue(), "session id renewed at sign-in");
    }
    assertTrue(after.isHttpOnly(), "session cookie is HttpOnly");
    assertFalse(
        driver.findElements(By.cssSelector("#content tbody tr")).isEmpty(),
        "recently changed content");
    console.press(By.id("all-content"));
    WebElement filter = driver.findElement(By.id("list:text"));
    filter.sendKeys("/omaspecworks/about");
    console.press(By.id("list:apply"));
    List<String> rows =
        driver.findElements(By.cssSelector("#list\\:items tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.contains(SeedFacts.aboutPage().title())
                        && r.contains("/omaspecworks/about")
                        && r.contains("Live")),
        rows.toString());

    console.press(By.id("account:sign-out"));
    browser.screenshot("signed-out");
    assertTrue(driver.getCurrentUrl().contains("login.xhtml"));
    assertTrue(driver.findElement(By.id("signed-out")).getText().contains("signed out"));

    driver.get(base.resolve("admin/").toString());
    assertTrue(
        driver.getCurrentUrl().contains("login.xhtml"),
        "the old session no longer opens the admin");
  }

  private void signIn(String username, String password) {
    WebElement user = driver.findElement(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    WebElement secret =
        driver.findElement(By.cssSelector("input[type=password][id^='login:password']"));
    secret.clear();
    secret.sendKeys(password);
    console.press(By.id("login:sign-in"));
  }
}

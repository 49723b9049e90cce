package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;

/**
 * An administrator signs out at a shared computer; the next person presses Back. The accounts list
 * must not come back from the browser's cache or history: the page is fetched again and the server
 * asks to sign in.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class BackAfterSignOutJourneyIT {

  @ArquillianResource private URL deployment;

  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void backAfterSignOutDoesNotShowTheAccountsList() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/users/index.xhtml");
    assertTrue(
        !driver.findElements(By.id("accounts")).isEmpty(), "the accounts list is shown first");
    browser.screenshot("accounts");

    console.signOut();
    assertTrue(driver.getCurrentUrl().contains("login.xhtml"), driver.getCurrentUrl());

    driver.navigate().back();
    new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
    browser.screenshot("after-back");
    assertTrue(
        driver.findElements(By.id("accounts")).isEmpty(),
        "Back showed the accounts list again: " + driver.getCurrentUrl());
    assertFalse(driver.getPageSource().contains("newAccount"), "nor the new-account form");
    assertTrue(
        driver.getCurrentUrl().contains("login.xhtml"),
        "the page was asked for again and the server sent sign-in: " + driver.getCurrentUrl());
  }
}

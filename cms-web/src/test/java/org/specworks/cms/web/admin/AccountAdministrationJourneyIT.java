package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * An administrator manages an editor's account in Chromium: an invalid form changes nothing;
 * changing roles, disabling and resetting the password each end the editor's open session; a
 * disabled account cannot sign in.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class AccountAdministrationJourneyIT {

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void administratorChangesRolesDisablesAndResetsAnEditor() {
    WebDriver driver = browser.driver();
    URI base = Loopback.base(deployment);
    StaffConsole console = new StaffConsole(driver, base);
    SiteClient site = new SiteClient(deployment);
    String admin = System.getProperty("cms.it.adminPassword");

    console.signIn("admin", admin);
    console.open("admin/users/index.xhtml");
    int accountsBefore = driver.findElements(By.cssSelector("#accounts tbody tr")).size();
    console.press(By.id("newAccount:create"));
    assertTrue(console.mainText().contains("Enter a user name."), console.mainText());
    assertTrue(console.mainText().contains("Choose at least one role."), console.mainText());
    assertEquals(
        accountsBefore,
        driver.findElements(By.cssSelector("#accounts tbody tr")).size(),
        "an invalid form creates nothing");
    browser.screenshot("invalid-form");
    console.createAccount("dana", "Dana Editor", "EDITOR", "", "temporary password d1");

    String dana = signInAsDana(console, driver, "temporary password d1", "quartz willow parade");
    assertEquals(
        200,
        site.get("admin/index.xhtml", Map.of("Cookie", dana)).statusCode(),
        "dana is signed in");

    driver.manage().deleteAllCookies();
    console.signIn("admin", admin);
    console.open("admin/users/index.xhtml");
    console.press(driver.findElement(By.id("accounts")).findElement(By.linkText("dana")));
    driver
        .findElement(By.xpath("//*[@id='access:roles']//label[normalize-space()='REVIEWER']"))
        .click();
    driver
        .findElement(By.xpath("//*[@id='access:groups']//label[normalize-space()='reviewers']"))
        .click();
    console.press(By.id("access:save"));
    assertTrue(console.mainText().contains("Roles and groups saved"), console.mainText());
    browser.screenshot("roles-changed");
    assertSentToSignIn(
        site.get("admin/index.xhtml", Map.of("Cookie", dana)), "a role change ends the session");

    console.signOut();
    dana = signIn(console, driver, "dana", "quartz willow parade");
    assertTrue(
        driver.findElement(By.id("signed-in-as")).getText().contains("Reviewer"),
        "signs in with new roles");

    driver.manage().deleteAllCookies();
    console.signIn("admin", admin);
    console.open("admin/users/account.xhtml?username=dana");
    console.press(By.id("status-form:disable"));
    assertTrue(console.mainText().contains("Disabled dana"), console.mainText());
    assertEquals("disabled", driver.findElement(By.id("status")).getText());
    assertSentToSignIn(
        site.get("admin/index.xhtml", Map.of("Cookie", dana)), "disabling ends the session");
    console.signOut();
    console.signIn("dana", "quartz willow parade");
    assertTrue(driver.getCurrentUrl().contains("login.xhtml"), "a disabled account cannot sign in");
    assertTrue(driver.findElement(By.id("login:messages")).getText().contains(LoginView.FAILED));

    console.signIn("admin", admin);
    console.open("admin/users/account.xhtml?username=dana");
    console.press(By.id("status-form:enable"));
    driver
        .findElement(By.cssSelector("input[type=password][id^='reset:temporaryPassword']"))
        .sendKeys("temporary password d2");
    console.press(By.id("reset:reset-password"));
    assertTrue(console.mainText().contains("Password reset"), console.mainText());
    browser.screenshot("password-reset");
    console.signOut();

    signInAsDana(console, driver, "temporary password d2", "harbour velvet compass");
    assertTrue(console.mainText().contains("Dashboard"), console.mainText());
  }

  /** Signs in with a temporary password, chooses a new one, and returns the session cookie. */
  private static String signInAsDana(
      StaffConsole console, WebDriver driver, String temporary, String chosen) {
    driver.manage().deleteAllCookies();
    console.signIn("dana", temporary);
    console.choosePassword(temporary, chosen);
    return console.sessionCookie();
  }

  private static String signIn(
      StaffConsole console, WebDriver driver, String user, String password) {
    driver.manage().deleteAllCookies();
    console.signIn(user, password);
    return console.sessionCookie();
  }

  private static void assertSentToSignIn(HttpResponse<String> response, String why) {
    assertEquals(302, response.statusCode(), why);
    assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"), why);
  }
}

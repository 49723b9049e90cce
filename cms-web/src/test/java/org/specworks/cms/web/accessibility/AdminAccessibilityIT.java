package org.specworks.cms.web.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specworks.cms.testing.AccessibilityAudit;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;

/**
 * Every admin screen, as staff see it in Chromium, passes axe-core's WCAG 2.1 A and AA rules: the
 * review screen with a change waiting, the dashboard with its content-check panel filled in, forms
 * with their problems shown.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class AdminAccessibilityIT {

  private static final String ENTRY = "/omaspecworks/about/omaspecworks-faq/who-reads-this";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void everyAdminScreenPassesWcag21LevelAA() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    AccessibilityAudit audit = new AccessibilityAudit(driver, "admin");

    console.open("admin/");
    audit.check("sign-in");
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                !d.findElements(
                        By.cssSelector("#checks\\:findings ul.findings, #checks\\:findings .empty"))
                    .isEmpty());
    audit.check("dashboard");
    for (WebElement toggle : driver.findElements(By.cssSelector("#insights details > summary"))) {
      toggle.click();
    }
    assertFalse(
        driver.findElements(By.cssSelector("#insights details[open] table")).isEmpty(),
        "the seed's publications give the dashboard at least one chart with its table");
    audit.check("dashboard-with-tables");
    for (String screen :
        List.of(
            "admin/content/index.xhtml",
            "admin/content/edit.xhtml?path=/omaspecworks/about",
            "admin/content/history.xhtml?path=/omaspecworks/about",
            "admin/content/hotfix.xhtml?path=/omaspecworks/about",
            "admin/lists/index.xhtml?type=TRADEMARK",
            "admin/lists/index.xhtml?type=IPR_DECLARATION",
            "admin/review/index.xhtml",
            "admin/releases/index.xhtml",
            "admin/users/index.xhtml",
            "admin/users/account.xhtml?username=admin",
            "admin/audit/index.xhtml",
            "admin/account/password.xhtml")) {
      console.open(screen);
      audit.check(screen.replaceFirst("^admin/", "").replace(".xhtml", ""));
    }

    console.open("admin/review/index.xhtml?step=Review&waiting=gt3d");
    audit.check("review-filtered");
    console.open("admin/content/history.xhtml?path=/omaspecworks/about&from=1&to=1");
    audit.check("history-compare");
    console.open("admin/releases/index.xhtml");
    driver.findElement(By.id("new-release:title")).sendKeys("Accessibility check release");
    console.press(By.id("new-release:create"));
    audit.check("release");

    console.open("admin/content/new.xhtml");
    console.awaitAjax(
        () ->
            new Select(driver.findElement(By.id("newItem:type"))).selectByVisibleText("FAQ entry"));
    console.press(By.id("newItem:create"));
    assertTrue(
        console.mainText().contains("Nothing was saved"),
        "the form shows its problems: " + console.mainText());
    audit.check("new-item-with-problems");
    driver.findElement(By.id("newItem:path")).sendKeys(ENTRY.substring(ENTRY.lastIndexOf('/') + 1));
    driver.findElement(By.id("newItem:title")).sendKeys("Who reads this FAQ?");
    driver.findElement(By.id("newItem:body")).sendKeys("Members, implementers and the public.");
    driver.findElement(By.cssSelector("input.field-position")).sendKeys("98");
    console.press(By.id("newItem:create"));
    console.press(By.id("editor:submit"));
    audit.check("editor-in-review");

    console.createAccount(
        "ines", "Ines (accessibility)", "REVIEWER", "reviewers", "temporary password i1");
    console.signOut();
    console.signIn("ines", "temporary password i1");
    audit.check("first-sign-in-password");
    console.choosePassword("temporary password i1", "harbour violet signal");
    console.open("admin/review/index.xhtml");
    console.press(console.reviewLink("awaiting", ENTRY));
    audit.check("review");

    browser.screenshot("last-screen-checked");
    assertEquals(22, audit.pagesChecked().size(), audit.pagesChecked().toString());
    assertEquals(
        List.of(),
        audit.violations(),
        "axe-core found WCAG 2.1 A/AA violations (full reports under " + "target/accessibility)");
  }

  @Test
  void theKeyboardReachesTheContentFirstAndEveryControlHasAVisibleFocus() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/index.xhtml");

    driver.switchTo().activeElement().sendKeys(Keys.TAB);
    WebElement first = driver.switchTo().activeElement();
    assertEquals("skip-link", first.getAttribute("class"), "the first Tab lands on the skip link");
    assertTrue(first.isDisplayed() && first.getRect().getY() >= 0, "and shows it on screen");
    first.sendKeys(Keys.ENTER);
    assertEquals(
        "main",
        driver.switchTo().activeElement().getAttribute("id"),
        "Enter moves the focus to the content");

    // Tabbing on from the content reaches the list's controls, each with a focus indicator a
    // sighted user sees.
    for (int i = 0; i < 6; i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      WebElement focused = driver.switchTo().activeElement();
      String outline =
          focused.getCssValue("outline-style") + " " + focused.getCssValue("box-shadow");
      assertFalse(
          outline.equals("none none"), "visible focus on " + describe(focused) + ": " + outline);
    }
  }

  private static String describe(WebElement element) {
    return element.getTagName() + "#" + element.getAttribute("id");
  }
}

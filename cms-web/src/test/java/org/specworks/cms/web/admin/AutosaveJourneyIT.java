package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;

/**
 * Autosave in Chromium: text typed and left unsaved is kept without a revision, offered back on the
 * next visit, restored into the form, and can be discarded.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class AutosaveJourneyIT {

  private static final String PAGE = "/omaspecworks/about/omaspecworks-faq";
  private static final String TYPED = "A sentence typed and never saved.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void unsavedTextIsKeptAndOfferedBackWithoutMakingARevision() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/edit.xhtml?path=" + PAGE);
    String revision = driver.findElement(By.id("base-revision")).getText();
    driver.findElement(By.id("editor:body")).sendKeys("\n\n" + TYPED, Keys.TAB);
    // The status is replaced by each autosave's ajax update: a read may meet the old element on its
    // way out.
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                d.findElement(By.id("editor:autosave-status"))
                    .getText()
                    .contains("kept automatically"));
    browser.screenshot("autosaved");

    console.open("admin/content/edit.xhtml?path=" + PAGE);
    assertEquals(
        revision,
        driver.findElement(By.id("base-revision")).getText(),
        "autosave made no revision");
    assertTrue(driver.findElement(By.id("unsaved")).getText().contains("You have unsaved changes"));
    browser.screenshot("unsaved-offered");
    console.press(By.id("unsaved:restore"));
    assertTrue(
        driver.findElement(By.id("editor:body")).getAttribute("value").endsWith(TYPED),
        "the typed text is back in the form");

    console.open("admin/content/edit.xhtml?path=" + PAGE);
    console.press(By.id("unsaved:discard"));
    assertTrue(console.mainText().contains("discarded"), console.mainText());
    assertTrue(driver.findElements(By.id("unsaved")).isEmpty(), "nothing is offered any more");
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.specworks.cms.testing.StaffConsole;

/**
 * History in the browser: compare two revisions word by word, revert, and nothing is lost; the
 * timeline records the revert.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class HistoryJourneyIT {

  private static final String PAGE = "/omaspecworks/about/collaborate";
  private static final String WORDS = "Working groups welcome new member companies.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void comparesRevisionsAndRevertsWithoutLosingAny() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/edit.xhtml?path=" + PAGE);
    int before = Integer.parseInt(driver.findElement(By.id("base-revision")).getText());
    driver.findElement(By.id("editor:body")).sendKeys(WORDS);
    console.press(By.id("editor:save"));
    assertTrue(
        console.mainText().contains("Saved as revision " + (before + 1)), console.mainText());

    console.press(By.id("history-link"));
    assertEquals(
        WORDS, driver.findElement(By.cssSelector("#diff ins")).getText(), "added words are marked");
    browser.screenshot("compared");

    console.press(
        By.xpath(
            "//tr[.//span[@class='revision-number' and text()='r"
                + before
                + "']]"
                + "//button[contains(@id,'revert')]"));
    assertTrue(console.mainText().contains("is now revision " + (before + 2)), console.mainText());
    assertEquals(
        WORDS,
        driver.findElement(By.cssSelector("#diff del")).getText(),
        "the revert removes them again");
    assertEquals(
        before + 2,
        driver.findElements(By.cssSelector("#history\\:revisions tbody tr")).size(),
        "every revision is still there");
    String newest = driver.findElement(By.cssSelector("#timeline > li")).getText();
    assertTrue(
        newest.contains("Reverted")
            && newest.contains("r" + (before + 2))
            && newest.contains("by admin")
            && newest.contains("to revision " + before),
        "the timeline starts with the revert: " + newest);
    browser.screenshot("reverted");
  }
}

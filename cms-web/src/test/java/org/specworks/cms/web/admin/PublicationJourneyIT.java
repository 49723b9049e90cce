package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * An administrator publishes an urgent answer on the FAQ without review, then takes it off the site
 * again, from the editor's "On the public site" panel: each refused without its written reason,
 * each visible on the public page at once, both in the item's history timeline with what was
 * written.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class PublicationJourneyIT {

  private static final String FAQ = "omaspecworks/about/omaspecworks-faq";
  private static final String ENTRY = "/" + FAQ + "/is-the-meeting-moved";
  private static final String QUESTION = "Is the plenary meeting moved?";
  private static final String JUSTIFICATION =
      "Members travel tomorrow and must know the new venue today.";
  private static final String REASON = "The venue is confirmed in the member newsletter instead.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void urgentPublicationAndTakingOffTheSiteNeedTheirReasons() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    SiteClient site = new SiteClient(deployment);
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/new.xhtml?type=FAQ_ENTRY");
    driver.findElement(By.id("newItem:path")).sendKeys("is-the-meeting-moved");
    driver.findElement(By.id("newItem:title")).sendKeys(QUESTION);
    driver.findElement(By.id("newItem:body")).sendKeys("Yes: the plenary meets in Lisbon.");
    driver.findElement(By.cssSelector("input.field-position")).sendKeys("97");
    console.press(By.id("newItem:create"));
    assertEquals(
        "Readers do not see this item.", driver.findElement(By.id("on-site")).getText().strip());
    assertTrue(
        driver.findElements(By.id("publication:unpublish")).isEmpty(),
        "nothing to take off the site");

    driver.findElement(By.id("publication:justification")).sendKeys("urgent");
    console.press(By.id("publication:publish-urgently"));
    assertTrue(console.mainText().contains("at least 20 characters"), console.mainText());
    assertFalse(site.get(FAQ).body().contains(QUESTION), "refused: not published");

    driver.findElement(By.id("publication:justification")).clear();
    driver.findElement(By.id("publication:justification")).sendKeys(JUSTIFICATION);
    console.press(By.id("publication:publish-urgently"));
    browser.screenshot("published-urgently");
    assertTrue(console.mainText().contains("Published without review"), console.mainText());
    assertEquals("Readers see revision 1.", driver.findElement(By.id("on-site")).getText().strip());
    assertTrue(site.get(FAQ).body().contains(QUESTION), "the public FAQ shows the answer at once");

    console.press(By.id("publication:unpublish"));
    assertTrue(
        console.mainText().contains("Say why the item is taken off the site."), console.mainText());
    assertTrue(site.get(FAQ).body().contains(QUESTION), "refused: still on the site");

    driver.findElement(By.id("publication:reason")).sendKeys(REASON);
    console.press(By.id("publication:unpublish"));
    browser.screenshot("taken-off");
    assertTrue(console.mainText().contains("Taken off the site"), console.mainText());
    assertEquals("Archived", driver.findElement(By.id("state")).getText().strip());
    assertFalse(site.get(FAQ).body().contains(QUESTION), "the public FAQ no longer shows it");

    console.open("admin/content/history.xhtml?path=" + ENTRY);
    String timeline = driver.findElement(By.id("timeline")).getText();
    assertTrue(
        timeline.contains(JUSTIFICATION) && timeline.contains(REASON),
        "both decisions are in the history with what was written: " + timeline);
  }
}

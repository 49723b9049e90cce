package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;

/**
 * Two browsers edit the same page. The second save meets the conflict dialog, which shows what the
 * first changed; the second editor starts from that version, re-applies their words from the kept
 * copy, and saves: both changes end up in the page and every revision stays in the history.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class ConflictJourneyIT {

  private static final String PAGE = "/omaspecworks/about/ipr/member-declarations";
  private static final String FIRST = "Declarations are reviewed every quarter.";
  private static final String SECOND = "Ask the IPR office for older declarations.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void theSecondSaveGetsTheConflictDialogAndLosesNothing() {
    URI base = Loopback.base(deployment);
    String password = System.getProperty("cms.it.adminPassword");
    WebDriver first = browser.driver();
    StaffConsole one = new StaffConsole(first, base);
    try (Browser other = Browser.start("ConflictJourneyIT", "secondBrowser")) {
      WebDriver second = other.driver();
      StaffConsole two = new StaffConsole(second, base);
      one.signIn("admin", password);
      two.signIn("admin", password);
      one.open("admin/content/edit.xhtml?path=" + PAGE);
      two.open("admin/content/edit.xhtml?path=" + PAGE);
      int base0 = Integer.parseInt(first.findElement(By.id("base-revision")).getText());

      first.findElement(By.id("editor:body")).sendKeys("\n\n" + FIRST);
      one.press(By.id("editor:save"));
      assertTrue(one.mainText().contains("Saved as revision " + (base0 + 1)), one.mainText());

      second.findElement(By.id("editor:body")).sendKeys("\n\n" + SECOND);
      two.press(By.id("editor:save"));
      assertTrue(
          second.findElement(By.id("editor:conflict")).isDisplayed(), "the conflict dialog opens");
      assertTrue(
          second.findElement(By.id("their-changes")).getText().contains(FIRST),
          "it shows their change");
      other.screenshot("conflict-dialog");

      two.press(By.id("editor:merge"));
      assertEquals(
          Integer.toString(base0 + 1), second.findElement(By.id("base-revision")).getText());
      assertTrue(
          second.findElement(By.id("kept-text")).getText().contains(SECOND)
              || second
                  .findElement(By.cssSelector("#kept-text textarea"))
                  .getAttribute("value")
                  .contains(SECOND),
          "the second editor's words are kept beside the form");
      second.findElement(By.id("editor:body")).sendKeys("\n\n" + SECOND);
      two.press(By.id("editor:save"));
      assertTrue(two.mainText().contains("Saved as revision " + (base0 + 2)), two.mainText());
      String body = second.findElement(By.id("editor:body")).getAttribute("value");
      assertTrue(
          body.contains(FIRST) && body.contains(SECOND), "both changes are in the page: " + body);
      other.screenshot("merged");
    }
  }
}

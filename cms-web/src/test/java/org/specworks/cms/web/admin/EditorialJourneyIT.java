package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.StaffConsole;

/**
 * The whole editorial loop in Chromium: the administrator creates an editor and a reviewer; the
 * editor changes an FAQ answer and submits it; the reviewer cannot be bypassed, approves and
 * publishes; readers see the new answer.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class EditorialJourneyIT {

  private static final String FAQ_PATH = "/omaspecworks/about/omaspecworks-faq/what-has-changed";
  private static final String ADDED = "Since 2018 the IPSO Alliance's work continues here.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();
  private WebDriver driver;
  private StaffConsole console;

  @BeforeEach
  void openBrowser() {
    driver = browser.driver();
    console = new StaffConsole(driver, Loopback.base(deployment));
  }

  @Test
  void editorChangesAnAnswerAndAReviewerPublishesIt() {
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.createAccount("eve", "Eve Editor", "EDITOR", "", "temporary password e1");
    console.createAccount("rex", "Rex Reviewer", "REVIEWER", "reviewers", "temporary password r1");
    browser.screenshot("accounts-created");
    assertTrue(driver.findElement(By.id("accounts")).getText().contains("eve"));
    console.signOut();

    console.signIn("eve", "temporary password e1");
    console.choosePassword("temporary password e1", "violet harbour lantern");
    console.open("admin/content/edit.xhtml?path=" + FAQ_PATH);
    WebElement answer = driver.findElement(By.id("editor:body"));
    answer.sendKeys("\n\n" + ADDED);
    driver.findElement(By.id("editor:changeNote")).sendKeys("Mention IPSO");
    browser.screenshot("editing");
    console.press(By.id("editor:save"));
    assertTrue(messages().contains("Saved as revision 2"), messages());
    console.press(By.id("editor:submit"));
    assertTrue(messages().contains("in review"), messages());
    assertEquals("In review", driver.findElement(By.id("state")).getText());
    console.signOut();

    assertEquals(-1, publicFaq().indexOf(ADDED), "nothing is public before approval");

    console.signIn("rex", "temporary password r1");
    console.choosePassword("temporary password r1", "copper meadow signal");
    console.open("admin/review/index.xhtml");
    console.press(console.reviewLink("awaiting", FAQ_PATH));
    assertTrue(
        driver
            .findElement(By.id("changes"))
            .findElement(By.tagName("ins"))
            .getText()
            .contains("IPSO"),
        "the reviewer sees the added words");
    browser.screenshot("review");
    driver.findElement(By.id("decision:comment")).sendKeys("Good addition.");
    console.press(By.id("decision:approve"));
    assertTrue(messages().contains("Approved"), messages());
    console.press(By.id("decision:publish"));
    assertTrue(messages().contains("Published"), messages());
    browser.screenshot("published");
    console.signOut();

    assertTrue(publicFaq().contains(ADDED), "readers see the published answer");
    browser.screenshot("public-faq");
  }

  private String publicFaq() {
    console.open("omaspecworks/about/omaspecworks-faq");
    return driver.findElement(By.id("what-has-changed")).getText();
  }

  private String messages() {
    return console.mainText();
  }
}

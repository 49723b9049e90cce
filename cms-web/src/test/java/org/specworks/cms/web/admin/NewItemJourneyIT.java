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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * An editor adds a question to the FAQ from the content list: the form takes the FAQ entry's
 * fields, offers the FAQ's path, refuses what does not fit with the problem beside each field (and
 * stores nothing), and the created entry is a draft the public does not see.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class NewItemJourneyIT {

  private static final String FAQ = "/omaspecworks/about/omaspecworks-faq";
  private static final String QUESTION = "How do I join a working group?";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void editorCreatesAnFaqEntryAsADraft() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.createAccount("nadia", "Nadia (journey)", "EDITOR", "", "temporary password n1");
    console.signOut();
    console.signIn("nadia", "temporary password n1");
    console.choosePassword("temporary password n1", "cobalt meadow lantern");

    console.open("admin/content/index.xhtml");
    console.press(By.id("new-item"));
    console.awaitAjax(
        () ->
            new Select(driver.findElement(By.id("newItem:type"))).selectByVisibleText("FAQ entry"));
    browser.screenshot("new-faq-entry-form");
    assertEquals(
        FAQ + "/",
        driver.findElement(By.id("newItem:path")).getAttribute("value"),
        "the path offered is where the FAQ's entries are");
    assertEquals(
        "Question",
        driver.findElement(By.cssSelector("label[for='newItem:title']")).getText().strip());
    assertTrue(
        driver.findElements(By.id("newItem:description")).isEmpty(),
        "an FAQ entry has no description");

    driver.findElement(By.id("newItem:title")).sendKeys(QUESTION);
    WebElement position = driver.findElement(By.cssSelector("input.field-position"));
    position.sendKeys("first");
    console.press(By.id("newItem:create"));
    browser.screenshot("refused");
    assertTrue(console.mainText().contains("Nothing was saved"), console.mainText());
    assertTrue(
        console.mainText().contains("Not a valid path: add a name for the new item"),
        console.mainText());
    assertFalse(
        driver.findElement(By.id("problem-position")).getText().isBlank(),
        "the position's problem is beside the position");
    assertEquals(
        "true",
        driver.findElement(By.cssSelector("input.field-position")).getAttribute("aria-invalid"));
    assertTrue(console.mainText().contains("Answer is required."), console.mainText());
    assertEquals(
        QUESTION,
        driver.findElement(By.id("newItem:title")).getAttribute("value"),
        "nothing typed is lost");

    WebElement path = driver.findElement(By.id("newItem:path"));
    path.sendKeys("how-do-i-join");
    driver
        .findElement(By.id("newItem:body"))
        .sendKeys("Members join any working group from the member portal.");
    WebElement corrected = driver.findElement(By.cssSelector("input.field-position"));
    corrected.clear();
    corrected.sendKeys("99");
    console.press(By.id("newItem:create"));
    browser.screenshot("created");

    assertTrue(driver.getCurrentUrl().contains("admin/content/edit.xhtml"), driver.getCurrentUrl());
    assertTrue(
        console
            .mainText()
            .contains("FAQ entry created at " + FAQ + "/how-do-i-join as a draft (revision 1)"),
        "the refused attempt stored nothing, so this is the first revision: " + console.mainText());
    assertEquals("Draft", driver.findElement(By.id("state")).getText().strip());
    assertEquals("1", driver.findElement(By.id("base-revision")).getText().strip());

    console.open("admin/content/new.xhtml?type=FAQ_ENTRY");
    driver.findElement(By.id("newItem:path")).sendKeys("how-do-i-join");
    driver.findElement(By.id("newItem:title")).sendKeys("Another question");
    driver.findElement(By.id("newItem:body")).sendKeys("Another answer.");
    driver.findElement(By.cssSelector("input.field-position")).sendKeys("100");
    console.press(By.id("newItem:create"));
    assertTrue(
        console.mainText().contains("Content already exists at " + FAQ + "/how-do-i-join"),
        "a taken path is refused: " + console.mainText());

    String faqPage = new SiteClient(deployment).get(FAQ).body();
    assertFalse(faqPage.contains(QUESTION), "a draft is not on the public FAQ");
  }
}

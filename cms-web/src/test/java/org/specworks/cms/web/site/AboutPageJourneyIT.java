package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SeedFacts;
import org.specworks.cms.testing.SeedFacts.SeedHeading;
import org.specworks.cms.testing.SeedFacts.SeedLink;

/** A reader opens the About page in headless Chromium. */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class AboutPageJourneyIT {

  @ArquillianResource private URL deployment;

  private final SeedFacts seed = SeedFacts.aboutPage();
  @RegisterExtension static final BrowserSession browser = new BrowserSession();
  private WebDriver driver;

  @BeforeEach
  void openBrowser() {
    driver = browser.driver();
  }

  @Test
  void readerSeesTheSeedsSectionsLinksAndCanJumpToASection() throws Exception {
    URI about = Loopback.base(deployment).resolve("omaspecworks/about");
    driver.get(about.toString());
    assertTrue(Files.size(browser.screenshot("about-opened")) > 10_000, "a real page was rendered");

    assertEquals(seed.title() + " · OMA SpecWorks", driver.getTitle());
    assertEquals(seed.title(), driver.findElement(By.cssSelector("main h1")).getText());
    List<String> sections =
        driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
    assertEquals(seed.headingsOfLevel(2).stream().map(SeedHeading::text).toList(), sections);

    for (SeedLink link : seed.links()) {
      if (link.hasTarget()) {
        List<WebElement> anchors = driver.findElements(By.linkText(link.text()));
        assertTrue(
            anchors.stream().anyMatch(a -> link.destination().equals(a.getDomAttribute("href"))),
            "link from the seed: " + link);
      }
    }

    // Keyboard users land on the skip link first.
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("Skip to main content", driver.switchTo().activeElement().getText());
    browser.screenshot("skip-link-focused");

    SeedHeading policies = seed.headingsOfLevel(2).get(2);
    driver
        .findElement(By.cssSelector("nav.outline"))
        .findElement(By.linkText(policies.text()))
        .click();
    WebElement target = driver.findElement(By.id(URI.create(driver.getCurrentUrl()).getFragment()));
    assertEquals(policies.text(), target.getText());
    browser.screenshot("jumped-to-" + target.getDomAttribute("id"));
  }
}

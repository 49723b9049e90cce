package org.specworks.cms.web.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.specworks.cms.testing.AccessibilityAudit;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;

/**
 * The public pages of the About section, as readers get them in Chromium, pass axe-core's WCAG 2.1
 * A and AA rules.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class SiteAccessibilityIT {

  private static final List<String> PAGES =
      List.of(
          "omaspecworks/about",
          "omaspecworks/about/ipr",
          "omaspecworks/about/policies-terms-of-use",
          "omaspecworks/about/omaspecworks-faq",
          "omaspecworks/about/collaborate",
          "omaspecworks/search?q=ipr+policy",
          "omaspecworks/about/no-such-page");

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void everyPublicPagePassesWcag21LevelAA() {
    WebDriver driver = browser.driver();
    AccessibilityAudit audit = new AccessibilityAudit(driver, "site");
    for (String page : PAGES) {
      driver.get(Loopback.base(deployment).resolve(page).toString());
      audit.check(page);
    }
    assertEquals(PAGES.size(), audit.pagesChecked().size(), audit.pagesChecked().toString());
    assertEquals(
        List.of(),
        audit.violations(),
        "axe-core found WCAG 2.1 A/AA violations (full reports under " + "target/accessibility)");
  }
}

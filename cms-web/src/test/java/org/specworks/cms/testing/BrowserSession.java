package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless Chromium for all tests of a journey class: started before the first test, started
 * over (no cookies, blank page) before each, closed after the last. Each test ends with a
 * screenshot of the state it left (what a failure looked like). Skips, saying why, where Debian's
 * chromium and chromium-driver are missing. Register with {@code @RegisterExtension static final
 * BrowserSession browser = new BrowserSession();}.
 */
public final class BrowserSession
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) {
    requireChromium();
    browser = Browser.start(context.getRequiredTestClass().getSimpleName(), "before-all");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    requireChromium();
    String testClass = context.getRequiredTestClass().getSimpleName();
    String testMethod = context.getRequiredTestMethod().getName();
    if (browser == null) {
      throw new IllegalStateException(
          "Register BrowserSession on a static field: it starts once per class");
    }
    browser.startOver(testClass, testMethod);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.screenshot("final-state");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  public WebDriver driver() {
    return browser.driver();
  }

  /** Saves what the browser shows now; see {@link Browser#screenshot(String)}. */
  public Path screenshot(String name) {
    return browser.screenshot(name);
  }

  private static void requireChromium() {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); "
            + ".ci/run installs them");
  }
}

package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A fresh headless Chromium for each test of a journey, closed after it with a last screenshot (which shows the
 * state a failure left). Skips, saying why, where Debian's chromium and chromium-driver are missing. Register
 * with {@code @RegisterExtension final BrowserSession browser = new BrowserSession();}.
 */
public final class BrowserSession implements BeforeEachCallback, AfterEachCallback {

  private Browser browser;

  @Override
  public void beforeEach(ExtensionContext context) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); "
            + ".ci/run installs them");
    browser =
        Browser.start(
            context.getRequiredTestClass().getSimpleName(), context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.screenshot("final-state");
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
}

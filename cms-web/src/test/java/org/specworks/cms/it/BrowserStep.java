package org.specworks.cms.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import org.junit.jupiter.api.Assumptions;

/**
 * For the in-container steps of a journey that check what an earlier browser step did. If that step
 * left nothing, this step is reported as skipped when the browser could not run here (with the
 * reason) and as failed otherwise: never green without having checked anything.
 */
public final class BrowserStep {

  private BrowserStep() {}

  /**
   * @param done whether the earlier browser step's result is there
   * @param result what that step should have left, for the message ("scheduled the draft")
   */
  public static void requireDone(boolean done, String result) {
    if (done) {
      return;
    }
    requireBrowserRan("what the browser step " + result);
    fail(
        "The browser step before this one should have "
            + result
            + " but did not; its own report says why.");
  }

  /**
   * For a step whose check only means something after the browser step ran: skipped, with the
   * reason, where the browser cannot run.
   *
   * @param checks what this step checks, for the message
   */
  public static void requireBrowserRan(String checks) {
    // The same check as the client side's Browser.isInstalled; this class runs inside the server,
    // without Selenium.
    if (!new File("/usr/bin/chromium").canExecute()
        || !new File("/usr/bin/chromedriver").canExecute()) {
      Assumptions.abort(
          "skipped: this step checks "
              + checks
              + ", and that step needs Debian's chromium and"
              + " chromium-driver (.ci/run installs them)");
    }
  }
}

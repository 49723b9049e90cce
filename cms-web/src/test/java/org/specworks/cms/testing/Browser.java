package org.specworks.cms.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its own chromedriver: nothing is downloaded (Selenium Manager
 * stays idle because both paths are given), and the browser reaches only loopback.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final Path profile;
  private Path screenshots;
  private int step;

  private Browser(WebDriver driver, Path profile, Path screenshots) {
    this.driver = driver;
    this.profile = profile;
    this.screenshots = screenshots;
  }

  /** Whether this machine has the Debian packages chromium and chromium-driver. */
  public static boolean isInstalled() {
    return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
  }

  /**
   * Starts a fresh browser for one test; its screenshots go to {@code
   * target/screenshots/<database>/<test class>/<test method>/}.
   */
  public static Browser start(String testClass, String testMethod) {
    String journey = testClass + "/" + testMethod;
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--no-first-run",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(CHROMEDRIVER))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile, screenshotsOf(journey));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes this browser a fresh one for the next test of its class, as far as the site can tell: no
   * cookies (so no session), a blank page, and screenshots in that test's folder. Cheaper than
   * starting Chromium again.
   */
  public void startOver(String testClass, String testMethod) {
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    screenshots = screenshotsOf(testClass + "/" + testMethod);
    step = 0;
  }

  private static Path screenshotsOf(String journey) {
    Path folder =
        Path.of(System.getProperty("cms.screenshots", "target/screenshots"))
            .resolve(TargetDatabase.current().name())
            .resolve(journey);
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** Saves what the browser shows now as {@code NN-name.png} and returns the file. */
  public Path screenshot(String name) {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Path target = screenshots.resolve(String.format("%02d-%s.png", ++step, name));
    try {
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * An editor uploads the FAQ PDF the seed lists without a file: choosing a file sends it at once
 * with a progress bar; an HTML file named .pdf is refused beside the field; the real PDF becomes a
 * new draft revision, which the public does not get before it is published.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class DocumentUploadJourneyIT {

  private static final String DOCUMENT = "/documents/frequent-asked-questions-in-pdf";
  private static final By FILE_INPUT = By.id("upload:file_input");

  /**
   * Writes every value the upload's progress bar takes to the tab's session storage, which outlives
   * the page the successful upload redirects away from.
   */
  private static final String RECORD_PROGRESS =
      """
      sessionStorage.setItem('upload-progress', '');
      const upload = document.getElementById('upload:file');
      if (!upload.dataset.progressRecorded) {
        upload.dataset.progressRecorded = 'yes';
        const barsIn = node => node.nodeType !== Node.ELEMENT_NODE ? []
            : (node.matches('[role=progressbar]') ? [node] : []).concat([...node.querySelectorAll('[role=progressbar]')]);
        new MutationObserver(changes => changes.forEach(change =>
            (change.type === 'attributes' ? [change.target] : [...change.addedNodes].flatMap(barsIn))
                .forEach(bar => sessionStorage.setItem('upload-progress',
                    sessionStorage.getItem('upload-progress') + ' ' + bar.getAttribute('aria-valuenow')))))
          .observe(upload, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow']});
      }
      """;

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void editorUploadsAPdfWithProgressAndAFakeIsRefused(@TempDir Path files) throws IOException {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    Path fake = Files.write(files.resolve("faq.pdf"), TestPdfs.htmlNamedLikeAPdf());
    Path real =
        Files.write(files.resolve("OMA SpecWorks FAQ.pdf"), TestPdfs.pdfSaying("Frequently asked"));
    Path huge = files.resolve("too large.pdf");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      sparse.setLength(21L * 1024 * 1024); // above the default 20 MB limit
    }

    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/edit.xhtml?path=" + DOCUMENT);
    int before = Integer.parseInt(driver.findElement(By.id("base-revision")).getText());

    recordProgress(driver);
    driver.findElement(FILE_INPUT).sendKeys(fake.toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> console.mainText().contains("not a PDF"));
    assertEquals(
        Integer.toString(before),
        driver.findElement(By.id("base-revision")).getText(),
        "nothing saved");
    assertSentCompletely(progress(driver), "the refused file");
    console.scrollTo(By.id("upload"));
    browser.screenshot("fake-refused");

    recordProgress(driver);
    driver.findElement(FILE_INPUT).sendKeys(huge.toString());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> console.mainText().contains("The file is larger than the upload limit of 20 MB."));
    assertEquals(
        Integer.toString(before),
        driver.findElement(By.id("base-revision")).getText(),
        "nothing saved");
    assertFalse(
        progress(driver).contains("100"),
        "a file over the limit is never sent: " + progress(driver));
    browser.screenshot("too-large-refused");

    recordProgress(driver);
    // No button to press: choosing the file sends it, and the editor page loads again when it is
    // saved.
    console.awaitNextPage(() -> driver.findElement(FILE_INPUT).sendKeys(real.toString()));
    assertTrue(
        console.mainText().contains("Uploaded OMA SpecWorks FAQ.pdf as revision " + (before + 1)),
        console.mainText());
    assertEquals("OMA SpecWorks FAQ.pdf", driver.findElement(By.id("current-file")).getText());
    assertSentCompletely(progress(driver), "the PDF");
    browser.screenshot("uploaded");

    assertEquals(
        404,
        new SiteClient(deployment).get(DOCUMENT.substring(1)).statusCode(),
        "a draft upload is not public");
  }

  /** The bar shows up at 0 % as the file starts and reaches 100 % once it is sent. */
  private static void assertSentCompletely(List<String> progress, String what) {
    assertTrue(
        progress.size() >= 2 && progress.get(0).equals("0") && progress.contains("100"),
        "progress of " + what + ": " + progress);
  }

  private static void recordProgress(WebDriver driver) {
    ((JavascriptExecutor) driver).executeScript(RECORD_PROGRESS);
  }

  private static List<String> progress(WebDriver driver) {
    String seen =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript("return sessionStorage.getItem('upload-progress') || ''");
    return List.of(seen.strip().split("\\s+"));
  }
}

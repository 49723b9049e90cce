package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * An editor uploads the FAQ PDF the seed lists without a file: an HTML file named .pdf is refused beside the
 * field; the real PDF becomes a new draft revision, which the public does not get before it is published.
 */
@CmsIntegrationTest
@RunAsClient
class DocumentUploadJourneyIT {

  private static final String DOCUMENT = "/documents/frequent-asked-questions-in-pdf";

  @ArquillianResource private URL deployment;
  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Test
  void editorUploadsAPdfAndAFakeIsRefused(@TempDir Path files) throws IOException {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    Path fake = Files.write(files.resolve("faq.pdf"), TestPdfs.htmlNamedLikeAPdf());
    Path real = Files.write(files.resolve("OMA SpecWorks FAQ.pdf"), TestPdfs.pdfSaying("Frequently asked"));

    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/content/edit.xhtml?path=" + DOCUMENT);
    int before = Integer.parseInt(driver.findElement(By.id("base-revision")).getText());

    driver.findElement(By.id("upload:file")).sendKeys(fake.toString());
    console.press(By.id("upload:send"));
    assertTrue(console.mainText().contains("not a PDF"), console.mainText());
    assertEquals(Integer.toString(before), driver.findElement(By.id("base-revision")).getText(), "nothing saved");
    browser.screenshot("fake-refused");

    driver.findElement(By.id("upload:file")).sendKeys(real.toString());
    console.press(By.id("upload:send"));
    assertTrue(console.mainText().contains("Uploaded OMA SpecWorks FAQ.pdf as revision " + (before + 1)),
        console.mainText());
    assertEquals("OMA SpecWorks FAQ.pdf", driver.findElement(By.id("current-file")).getText());
    browser.screenshot("uploaded");

    assertEquals(404, new SiteClient(deployment).get(DOCUMENT.substring(1)).statusCode(),
        "a draft upload is not public");
  }
}

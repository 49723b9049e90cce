package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.specworks.cms.testing.StaffConsole;

/**
 * The trademark list's rows in Chromium: a row saved without its designation stays open with the
 * message beside the field and saves nothing; corrected, it becomes a new draft revision; then the
 * mark moves up one place and the new order is saved.
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class TrademarkRowsJourneyIT {

  private static final By ROWS = By.cssSelector("[id='list:rows_data'] > tr");

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void aRowIsEditedInPlaceAndMovedUp() {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/lists/index.xhtml?type=TRADEMARK");
    int last = driver.findElements(ROWS).size() - 1;
    WebElement row = driver.findElements(ROWS).get(last);
    String designation = row.findElement(By.cssSelector(".cell-title")).getText();
    String symbol = row.findElement(By.cssSelector(".cell-symbol")).getText();
    int revision =
        Integer.parseInt(
            row.findElement(By.cssSelector(".cell-revision")).getText().strip().substring(1));

    row.findElement(By.cssSelector("a.ui-row-editor-pencil")).click();
    WebElement title = row.findElement(By.cssSelector("input[id$=':title']"));
    title.clear();
    console.pressAjax(row.findElement(By.cssSelector("a.ui-row-editor-check")));
    row = driver.findElements(ROWS).get(last);
    assertTrue(
        row.getAttribute("class").contains("ui-row-editing"),
        "the row stays open: " + row.getAttribute("class"));
    assertTrue(row.getText().contains("Designation is required."), row.getText());
    assertTrue(
        console.mainText().contains("Not saved: correct the marked values"), console.mainText());
    browser.screenshot("row-refused");

    title = row.findElement(By.cssSelector("input[id$=':title']"));
    title.sendKeys(designation);
    String newSymbol = "®".equals(symbol) ? "™" : "®";
    List<WebElement> choices = row.findElements(By.tagName("select"));
    new Select(choices.get(1)).selectByVisibleText(newSymbol);
    console.pressAjax(row.findElement(By.cssSelector("a.ui-row-editor-check")));
    row = driver.findElements(ROWS).get(last);
    assertTrue(
        console.mainText().contains("as revision " + (revision + 1) + " (a draft"),
        console.mainText());
    assertEquals(designation, row.findElement(By.cssSelector(".cell-title")).getText());
    assertEquals(newSymbol, row.findElement(By.cssSelector(".cell-symbol")).getText());
    browser.screenshot("row-saved");

    console.pressAjax(row.findElement(By.cssSelector("button[id$=':up']")));
    WebElement moved = driver.findElements(ROWS).get(last - 1);
    assertEquals(designation, moved.findElement(By.cssSelector(".cell-title")).getText());
    console.press(By.id("list:saveOrder"));
    assertTrue(console.mainText().contains("Saved the new order"), console.mainText());
    moved = driver.findElements(ROWS).get(last - 1);
    assertEquals(
        designation,
        moved.findElement(By.cssSelector(".cell-title")).getText(),
        "the order is kept");
    assertEquals(
        Integer.toString(last), moved.findElement(By.cssSelector(".cell-position")).getText());
    browser.screenshot("order-saved");
  }
}

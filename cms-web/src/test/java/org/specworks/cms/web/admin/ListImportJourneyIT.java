package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * An editor opens the trademark list, uploads a CSV file that adds a mark, changes one and leaves
 * one out, checks the preview, applies it and finds the new mark in the list as a draft. (The file
 * is built from the list the editor sees, since other tests share the database.)
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class ListImportJourneyIT {

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  private record Mark(String designation, String form, String symbol, String position) {}

  @Test
  void administratorImportsIprDeclarationsFromCsv(@TempDir Path files) throws IOException {
    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    console.open("admin/lists/index.xhtml?type=IPR_DECLARATION");
    String declarant = "Journey Labs " + UUID.randomUUID().toString().substring(0, 8);
    Path file =
        Files.writeString(
            files.resolve("declarations.csv"),
            "declarant,list,specification,declaredOn,document\r\n"
                + declarant
                + ",member,LwM2M 1.2,2024-03-01,\r\n"
                + declarant
                + ",member,LwM2M 1.2,2024-03-02,\r\n",
            StandardCharsets.UTF_8);

    driver.findElement(By.id("import:file")).sendKeys(file.toString());
    console.press(By.id("import:preview"));
    assertTrue(
        driver
            .findElement(By.cssSelector("tr.import-INVALID"))
            .getText()
            .contains("The same declarant, list and specification as line 2"),
        "the second row repeats the first");
    assertTrue(
        driver
            .findElement(By.id("import:apply"))
            .getAttribute("class")
            .contains("ui-state-disabled"),
        "errors block applying");

    Files.writeString(
        file,
        "declarant,list,specification,declaredOn,document\r\n"
            + declarant
            + ",member,LwM2M 1.2,2024-03-01,\r\n",
        StandardCharsets.UTF_8);
    driver.findElement(By.id("import:file")).sendKeys(file.toString());
    console.press(By.id("import:preview"));
    String added = driver.findElement(By.cssSelector("tr.import-ADDED")).getText();
    assertTrue(
        added.contains(declarant) && added.contains("2024-03-01") && added.contains("member"),
        added);
    console.scrollTo(By.id("import:previewPanel"));
    browser.screenshot("declaration-import-preview");
    console.press(By.id("import:apply"));
    assertTrue(
        console.mainText().contains("Imported declarations.csv: 1 added and 0 changed"),
        console.mainText());
    assertTrue(
        driver.findElements(By.cssSelector("[id='list:rows_data'] > tr")).stream()
            .anyMatch(
                row ->
                    row.getText().contains(declarant) && row.getText().contains("Never published")),
        "the new declaration is in the list as a draft");
  }

  @Test
  void editorPreviewsAndAppliesATrademarkCsv(@TempDir Path files) throws IOException {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    createAccount(admin, "lena", "EDITOR", "temporary password l1");

    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("lena", "temporary password l1");
    console.choosePassword("temporary password l1", "copper lantern meadow");
    console.press(driver.findElement(By.tagName("nav")).findElement(By.linkText("Lists")));
    assertTrue(
        driver.getCurrentUrl().contains("admin/lists/index.xhtml?type=TRADEMARK"),
        driver.getCurrentUrl());
    List<Mark> marks = marksShown(driver);
    assertTrue(marks.size() >= 9, marks.toString());
    browser.screenshot("trademark-list");

    Mark changed = marks.get(1);
    Mark omitted = marks.get(2);
    String added = "Journey Mark " + UUID.randomUUID().toString().substring(0, 8);
    String newSymbol = "®".equals(changed.symbol()) ? "™" : "®";
    StringBuilder csv = new StringBuilder("designation,form,symbol,position\r\n");
    for (Mark mark : marks) {
      if (mark != omitted) {
        csv.append(quoted(mark.designation()))
            .append(',')
            .append(mark.form())
            .append(',')
            .append(mark == changed ? newSymbol : mark.symbol())
            .append(',')
            .append(mark.position())
            .append("\r\n");
      }
    }
    csv.append(quoted(added)).append(",word-mark,™,200\r\n");
    Path file = Files.writeString(files.resolve("trademarks.csv"), csv, StandardCharsets.UTF_8);

    driver.findElement(By.id("import:file")).sendKeys(file.toString());
    console.press(By.id("import:preview"));
    assertTrue(
        console.mainText().contains("nothing is saved until you apply it"), console.mainText());
    assertEquals(List.of(added), designationsMarked(driver, "ADDED"));
    assertEquals(List.of(changed.designation()), designationsMarked(driver, "CHANGED"));
    assertEquals(List.of(omitted.designation()), designationsMarked(driver, "REMOVED"));
    assertEquals(marks.size() - 2, designationsMarked(driver, "UNCHANGED").size());
    String changedRow = driver.findElement(By.cssSelector("tr.import-CHANGED")).getText();
    assertTrue(changedRow.contains("Symbol: " + changed.symbol() + " → " + newSymbol), changedRow);
    assertTrue(
        driver
            .findElement(By.cssSelector("tr.import-REMOVED"))
            .getText()
            .contains("to be taken off the site by a reviewer"));
    console.scrollTo(By.id("import:previewPanel"));
    browser.screenshot("import-preview");

    console.press(By.id("import:apply"));
    String result = console.mainText();
    assertTrue(
        result.contains("Imported trademarks.csv: 1 added and 1 changed, as drafts"), result);
    assertTrue(
        result.contains(
            omitted.designation()
                + " ("
                + omitted.form()
                + ") — to be taken off the site by a"
                + " reviewer"),
        result);
    browser.screenshot("import-applied");

    WebElement newRow =
        driver.findElements(By.cssSelector("[id='list:rows_data'] > tr")).stream()
            .filter(row -> row.findElement(By.cssSelector(".cell-title")).getText().equals(added))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the new mark is in the list: " + marksShown(driver)));
    assertTrue(newRow.getText().contains("Never published"), newRow.getText());
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView()", newRow);
    browser.screenshot("new-draft-in-list");
    List<String> symbolsAfter =
        marksShown(driver).stream()
            .filter(
                mark ->
                    mark.designation().equals(changed.designation())
                        && mark.form().equals(changed.form()))
            .map(Mark::symbol)
            .toList();
    assertEquals(List.of(newSymbol), symbolsAfter, "the list shows the latest (draft) revisions");
  }

  private static List<Mark> marksShown(WebDriver driver) {
    List<Mark> marks = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("[id='list:rows_data'] > tr"))) {
      marks.add(
          new Mark(
              row.findElement(By.cssSelector(".cell-title")).getText(),
              row.findElement(By.cssSelector(".cell-form")).getText(),
              row.findElement(By.cssSelector(".cell-symbol")).getText(),
              row.findElement(By.cssSelector(".cell-position")).getText()));
    }
    return marks;
  }

  private static List<String> designationsMarked(WebDriver driver, String kind) {
    return driver
        .findElements(By.cssSelector("tr.import-" + kind + " .import-designation"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static void createAccount(
      StaffHttpSession admin, String username, String role, String password) {
    Map<String, String> form = admin.formOn("admin/users/index.xhtml", "newAccount");
    form.putAll(
        Map.of(
            "newAccount:username",
            username,
            "newAccount:displayName",
            username + " (journey)",
            "newAccount:roles",
            role,
            "newAccount:temporaryPassword",
            password,
            "newAccount:create",
            ""));
    assertTrue(admin.post("admin/users/index.xhtml", form).body().contains("Created " + username));
  }
}

package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of EditingJourneyIT (issue 21, editing): each method is one journey of an
 * editor, a reviewer or the administrator, signed in as the set-up left them ("edie", "remy").
 */
public final class EditingInBrowser implements AutoCloseable {

  /**
   * Walks one journey in a fresh browser, closed afterwards. The test class names only this method
   * and plain types: the server side of the test has no Selenium to load.
   */
  public static void walk(URI base, String journey, String password, String... arguments) {
    try (EditingInBrowser browser = new EditingInBrowser(base, journey, password)) {
      switch (journey) {
        case "autosaveRestore" -> browser.restoresTheWholeFormAfterAFailedSave(arguments[0]);
        case "datePicker" -> browser.takesDatesAsPeopleWriteThemOrFromThePicker(arguments[0]);
        case "savedChanges" -> browser.showsWhatTheSaveChanged(arguments[0]);
        case "readableTimes" -> browser.showsTimesAsPeopleReadThem(arguments[0]);
        case "offeredByRole" -> browser.offersEachRoleOnlyWhatItMayDo(arguments[0]);
        case "plainDashboard" -> {
          browser.dashboardNamesReviewsByTitle(arguments[0], arguments[1]);
          browser.speaksPlainlyAndKeepsPathsWhole(arguments[2]);
        }
        case "timeZones" -> browser.groupsTimeZonesWithASearch(arguments[0]);
        default -> throw new IllegalArgumentException("No journey " + journey);
      }
    }
  }

  /** How an ISO timestamp looks when a screen prints a Java time as it is. */
  private static final Pattern MACHINE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

  private final Browser browser;
  private final WebDriver driver;
  private final StaffConsole console;
  private final String password;

  private EditingInBrowser(URI base, String journey, String password) {
    this.browser = Browser.start("EditingJourneyIT", journey);
    this.driver = browser.driver();
    this.console = new StaffConsole(driver, base);
    this.password = password;
  }

  /**
   * An editor types an effective date and a change note, blanks the title by mistake and saves:
   * refused. On the next visit autosave offers the form back, and restoring gives back all of it.
   */
  private void restoresTheWholeFormAfterAFailedSave(String policy) {
    console.signIn("edie", password);
    console.open("admin/content/edit.xhtml?path=" + policy);
    retype(dateField(), "2 Dec 2026");
    retype(driver.findElement(By.id("editor:changeNote")), "Effective from December");
    retype(driver.findElement(By.id("editor:title")), "");
    console.press(By.id("editor:save"));
    assertTrue(console.mainText().contains("required"), console.mainText());
    browser.screenshot("save-refused");

    console.open("admin/content/edit.xhtml?path=" + policy);
    assertTrue(
        driver.findElement(By.id("unsaved")).getText().contains("You have unsaved changes"),
        "the refused form is offered back");
    console.press(By.id("unsaved:restore"));
    browser.screenshot("restored");
    assertEquals("2 Dec 2026", dateField().getAttribute("value"), "the effective date is back");
    assertEquals(
        "Effective from December",
        driver.findElement(By.id("editor:changeNote")).getAttribute("value"),
        "the change note is back");
    assertEquals(
        "", driver.findElement(By.id("editor:title")).getAttribute("value"), "as it was typed");

    console.open("admin/content/edit.xhtml?path=" + policy);
    console.press(By.id("unsaved:discard"));
  }

  /**
   * "02.12.2026" is taken as 2 December 2026 and kept as an ISO date; the picker sets a day with
   * two clicks.
   */
  private void takesDatesAsPeopleWriteThemOrFromThePicker(String policy) {
    console.signIn("edie", password);
    console.open("admin/content/edit.xhtml?path=" + policy);
    retype(dateField(), "02.12.2026");
    console.press(By.id("editor:save"));
    assertTrue(console.mainText().contains("Saved as revision"), console.mainText());
    assertEquals("2 Dec 2026", dateField().getAttribute("value"), "shown as people write it");
    assertTrue(
        driver.findElement(By.id("saved-changes")).getText().contains("2026-12-02"),
        "kept as an ISO date: " + driver.findElement(By.id("saved-changes")).getText());

    WebElement date = dateField();
    date.findElement(By.xpath("following-sibling::button")).click();
    String panel = date.getAttribute("id").replace("_input", "_panel");
    WebElement day =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElement(
                        By.xpath(
                            "//*[@id='"
                                + panel
                                + "']//table[contains(@class,'ui-datepicker-calendar')]"
                                + "//td[not(contains(@class,'ui-datepicker-other-month'))]"
                                + "/*[normalize-space()='15']")));
    browser.screenshot("date-picker");
    day.click();
    assertEquals("15 Dec 2026", dateField().getAttribute("value"), "the picked day");
    console.press(By.id("editor:save"));
    assertTrue(
        driver.findElement(By.id("saved-changes")).getText().contains("2026-12-15"),
        driver.findElement(By.id("saved-changes")).getText());
  }

  /** After a save, the editor reads what it changed, marked as the review screen marks it. */
  private void showsWhatTheSaveChanged(String page) {
    console.signIn("edie", password);
    console.open("admin/content/edit.xhtml?path=" + page);
    driver.findElement(By.id("editor:body")).sendKeys(Keys.END, " They also meet in Lisbon.");
    console.press(By.id("editor:save"));
    WebElement changes = driver.findElement(By.id("saved-changes"));
    browser.screenshot("saved-changes");
    assertTrue(changes.getText().contains("What revision 3 changed"), changes.getText());
    assertTrue(
        changes.findElements(By.tagName("ins")).stream()
            .anyMatch(ins -> ins.getText().contains("Lisbon")),
        "the added words are marked: " + changes.getText());
  }

  /** The history's times read "just now" and "4 Dec 2026, 16:20 CET", never machine stamps. */
  private void showsTimesAsPeopleReadThem(String page) {
    console.signIn("edie", password);
    console.open("admin/content/history.xhtml?path=" + page);
    browser.screenshot("history-times");
    String revisions = driver.findElement(By.id("history:revisions")).getText();
    String timeline = driver.findElement(By.id("timeline")).getText();
    assertFalse(MACHINE_TIME.matcher(revisions).find(), revisions);
    assertFalse(MACHINE_TIME.matcher(timeline).find(), timeline);
    assertTrue(
        revisions.contains("just now") || revisions.contains("minute"),
        "a revision saved minutes ago says so: " + revisions);
  }

  /** A reviewer is not offered revert, save or submit; an editor is. */
  private void offersEachRoleOnlyWhatItMayDo(String page) {
    console.signIn("remy", password);
    console.open("admin/content/history.xhtml?path=" + page);
    browser.screenshot("reviewer-history");
    assertTrue(driver.findElements(By.cssSelector("[id$=':revert']")).isEmpty(), "no revert");
    console.open("admin/content/edit.xhtml?path=" + page);
    assertTrue(driver.findElements(By.id("editor:save")).isEmpty(), "no save");
    console.open("admin/content/index.xhtml");
    assertTrue(driver.findElements(By.id("list:submit-selected")).isEmpty(), "no submit");
    console.signOut();

    console.signIn("edie", password);
    console.open("admin/content/history.xhtml?path=" + page);
    assertFalse(
        driver.findElements(By.cssSelector("[id$=':revert']")).isEmpty(), "an editor reverts");
  }

  /** The reviewer's dashboard names what waits by its title, the path below it. */
  private void dashboardNamesReviewsByTitle(String path, String title) {
    console.signIn("remy", password);
    console.open("admin/");
    WebElement awaiting = driver.findElement(By.id("awaiting-me"));
    browser.screenshot("awaiting-titles");
    WebElement link = awaiting.findElement(By.linkText(title));
    WebElement row = link.findElement(By.xpath("ancestor::li"));
    assertEquals(path, row.findElement(By.cssSelector("code.review-path")).getText());
    console.signOut();
  }

  /**
   * The administrator's dashboard has no "(s)" plurals or enum names, no heading over an empty
   * list, and no path cut inside a word, on the dashboard or the content list.
   */
  private void speaksPlainlyAndKeepsPathsWhole(String adminPassword) {
    console.signIn("admin", adminPassword);
    console.open("admin/");
    String dashboard = console.mainText();
    assertFalse(dashboard.contains("(s)"), dashboard);
    assertTrue(
        driver.findElement(By.id("signed-in-as")).getText().endsWith("· Administrator"),
        driver.findElement(By.id("signed-in-as")).getText());
    assertFalse(dashboard.matches("(?s).*\\b(PUBLISH|UNPUBLISH|PUBLISH_RELEASE)\\b.*"), dashboard);
    List<WebElement> failing = driver.findElements(By.id("failing-heading"));
    assertTrue(
        failing.isEmpty()
            || !driver.findElements(By.cssSelector("#failing-schedules li")).isEmpty(),
        "a heading only over failed schedules");
    assertEquals(List.of(), pathsCut(), "dashboard paths wrap between their parts only");
    console.open("admin/content/index.xhtml");
    browser.screenshot("content-paths");
    assertEquals(List.of(), pathsCut(), "content list paths wrap between their parts only");
  }

  /** The schedule's time zones: common ones first, then all, found by typing a city. */
  private void groupsTimeZonesWithASearch(String adminPassword) {
    console.signIn("admin", adminPassword);
    console.open("admin/content/index.xhtml");
    driver.findElement(By.id("list:schedule-zone")).click();
    WebElement items = driver.findElement(By.id("list:schedule-zone_items"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> items.isDisplayed());
    List<WebElement> groups = items.findElements(By.cssSelector("li.ui-selectonemenu-item-group"));
    assertEquals("Common time zones", groups.get(0).getText());
    assertEquals("All time zones", groups.get(1).getText());
    assertTrue(
        items
            .findElements(By.cssSelector("li.ui-selectonemenu-item"))
            .get(0)
            .getAttribute("data-label")
            .startsWith("UTC"),
        "UTC comes first");
    driver.findElement(By.id("list:schedule-zone_filter")).sendKeys("Tokyo");
    List<String> shown =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d -> {
                  List<String> visible =
                      items.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                          .filter(WebElement::isDisplayed)
                          .map(li -> li.getAttribute("data-label"))
                          .toList();
                  return visible.size() == 1 ? visible : null;
                });
    browser.screenshot("time-zone-search");
    assertEquals(List.of("Asia/Tokyo · JST"), shown);
  }

  private WebElement dateField() {
    return driver.findElement(By.cssSelector("input.field-effectiveDate"));
  }

  /** Replaces a field's text as a person does: select all, type, leave the field. */
  private static void retype(WebElement field, String text) {
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text, Keys.TAB);
  }

  /**
   * Every path shown in a table cell ({@code td > code}) of the page that is clipped by its cell or
   * wraps anywhere but after "/" or "-", as "path: why".
   */
  @SuppressWarnings("unchecked")
  private List<String> pathsCut() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                """
                const cut = [];
                for (const code of document.querySelectorAll('td > code')) {
                  const cell = code.closest('td');
                  const inner = cell.getBoundingClientRect().right
                      - parseFloat(getComputedStyle(cell).paddingRight);
                  if (code.getBoundingClientRect().right > inner + 1) {
                    cut.push(code.textContent + ': clipped by its column');
                  }
                  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
                  let top = null, before = null, node;
                  while ((node = walker.nextNode())) {
                    for (let i = 0; i < node.length; i++) {
                      const range = document.createRange();
                      range.setStart(node, i);
                      range.setEnd(node, i + 1);
                      const rects = range.getClientRects();
                      if (!rects.length) continue;
                      if (top !== null && rects[0].top > top + 2 && !'/-'.includes(before)) {
                        cut.push(code.textContent + ': wraps after ' + before);
                      }
                      top = rects[0].top;
                      before = node.data[i];
                    }
                  }
                }
                return cut;
                """);
  }

  @Override
  public void close() {
    browser.close();
  }
}

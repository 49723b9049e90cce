package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object for the admin as a staff member uses it in the browser: sign-in, accounts, passwords.
 */
public final class StaffConsole {

  private final WebDriver driver;
  private final URI base;

  public StaffConsole(WebDriver driver, URI base) {
    this.driver = driver;
    this.base = base;
  }

  public void open(String path) {
    driver.get(base.resolve(path).toString());
  }

  /**
   * Clicks something that submits a form or follows a link and waits until the browser shows the
   * page that came back. A bare click returns as soon as the event is dispatched, so reading the
   * page right after it may read the old page or one that is half unloaded.
   */
  public void press(By target) {
    press(driver.findElement(target));
  }

  public void press(WebElement target) {
    leaveTheFocusedField();
    awaitNextPage(target::click);
  }

  /**
   * Leaves the focused field, as a person moving to a button does, and waits for the ajax request
   * that leaving it may start (the editor's autosave on change). Clicking straight from the field
   * sends that request together with the form: when the server handles it between the save and the
   * page after it, it takes the saved message meant for that page (the flash lives for one
   * request).
   */
  private void leaveTheFocusedField() {
    ((JavascriptExecutor) driver)
        .executeScript(
            "if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0))")));
  }

  /**
   * Does something that makes the browser load another page without a click of its own (choosing a
   * file that uploads at once and redirects when done) and waits until the browser shows that page.
   */
  public void awaitNextPage(Runnable action) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    action.run();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.until(d -> isGone(oldPage));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /**
   * Clicks something that sends a PrimeFaces ajax request (a row editor's save, a button with
   * {@code ajax="true"}) and waits until PrimeFaces has no request left and has applied the answer
   * to the page.
   */
  public void pressAjax(WebElement target) {
    awaitAjax(target::click);
  }

  /**
   * Does something that starts a PrimeFaces ajax request (choosing an option) and waits as {@link
   * #pressAjax}.
   */
  public void awaitAjax(Runnable action) {
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                                + " && (!window.jQuery || jQuery.active === 0)")));
  }

  /**
   * Picks a time zone as a person does in a searchable menu ({@code p:selectOneMenu
   * filter="true"}): opens it, types {@code search} and clicks the option whose value is {@code
   * zone}. Fails if the search does not show it.
   */
  public void chooseZone(String menuId, String search, String zone) {
    driver.findElement(By.id(menuId)).click();
    WebElement filter = driver.findElement(By.id(menuId + "_filter"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> filter.isDisplayed());
    filter.sendKeys(search);
    By option =
        By.cssSelector(
            "#"
                + menuId.replace(":", "\\:")
                + "_items li.ui-selectonemenu-item[data-label^='"
                + zone
                + " ']");
    WebElement shown =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElements(option).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    shown.click();
  }

  /** Brings an element into view, for a screenshot that shows it. */
  public void scrollTo(By target) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(target));
  }

  public void signIn(String username, String password) {
    open("admin/");
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver
        .findElement(By.cssSelector("input[type=password][id^='login:password']"))
        .sendKeys(password);
    press(By.id("login:sign-in"));
  }

  public void signOut() {
    press(By.id("account:sign-out"));
  }

  private static boolean isGone(WebElement element) {
    try {
      element.getTagName();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    } catch (WebDriverException racing) {
      // Chromium answers "node does not belong to the document" while the old document is being
      // replaced.
      return racing.getMessage() != null
          && racing.getMessage().contains("does not belong to the document");
    }
  }

  /**
   * On the accounts page, as an administrator; {@code roles} is one role or several separated by
   * commas.
   */
  public void createAccount(
      String username, String name, String roles, String groups, String password) {
    open("admin/users/index.xhtml");
    driver.findElement(By.id("newAccount:username")).sendKeys(username);
    driver.findElement(By.id("newAccount:displayName")).sendKeys(name);
    for (String role : roles.split(",")) {
      driver
          .findElement(
              By.xpath(
                  "//*[@id='newAccount:roles']//label[normalize-space()='" + role.strip() + "']"))
          .click();
    }
    for (String group : groups.split(",")) {
      if (!group.isBlank()) {
        driver
            .findElement(
                By.xpath(
                    "//*[@id='newAccount:groups']//label[normalize-space()='"
                        + group.strip()
                        + "']"))
            .click();
      }
    }
    driver
        .findElement(By.cssSelector("input[type=password][id^='newAccount:temporaryPassword']"))
        .sendKeys(password);
    press(By.id("newAccount:create"));
    assertTrue(mainText().contains("Created " + username), mainText());
  }

  /** The forced change at first sign-in. */
  public void choosePassword(String current, String chosen) {
    assertTrue(
        driver.getCurrentUrl().contains("admin/account/password.xhtml"),
        "first sign-in: " + driver.getCurrentUrl());
    driver
        .findElement(By.cssSelector("input[type=password][id^='password:currentPassword']"))
        .sendKeys(current);
    driver
        .findElement(By.cssSelector("input[type=password][id^='password:newPassword']"))
        .sendKeys(chosen);
    driver
        .findElement(By.cssSelector("input[type=password][id^='password:repeatedPassword']"))
        .sendKeys(chosen);
    press(By.id("password:change"));
    assertTrue(mainText().contains("Your password was changed"), mainText());
  }

  /**
   * The session cookies of the signed-in person ({@code JSESSIONID} and, for a distributable
   * session, {@code JSESSIONIDVERSION}), to replay their requests outside the browser.
   */
  public String sessionCookie() {
    return driver.manage().getCookies().stream()
        .filter(cookie -> cookie.getName().startsWith("JSESSIONID"))
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /**
   * The link to the review of the item at {@code path} in the review list's table {@code tableId}
   * ("awaiting", "in-progress", "approved"): the link shows the item's title, its row the path.
   */
  public WebElement reviewLink(String tableId, String path) {
    return driver.findElement(reviewRow(tableId, path)).findElement(By.tagName("a"));
  }

  /**
   * As {@link #reviewLink(String, String)}, for an item with two reviews side by side: the review
   * of a hotfix of its live revision ({@code ofHotfix}, the row labelled so) or of its draft.
   */
  public WebElement reviewLink(String tableId, String path, boolean ofHotfix) {
    String label = "[.//*[contains(@class,'hotfix-tag')]]";
    By row =
        By.xpath(
            "//*[@id='"
                + tableId
                + "']//tr[.//code[normalize-space()='"
                + path
                + "']]"
                + (ofHotfix ? label : "[not(.//*[contains(@class,'hotfix-tag')])]"));
    return driver.findElement(row).findElement(By.tagName("a"));
  }

  /** Whether the review list's table {@code tableId} has a row for the item at {@code path}. */
  public boolean listsReview(String tableId, String path) {
    return !driver.findElements(reviewRow(tableId, path)).isEmpty();
  }

  private static By reviewRow(String tableId, String path) {
    return By.xpath("//*[@id='" + tableId + "']//tr[.//code[normalize-space()='" + path + "']]");
  }

  public String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }
}

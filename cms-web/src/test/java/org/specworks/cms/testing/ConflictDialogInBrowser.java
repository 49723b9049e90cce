package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of ConflictDialogJourneyIT (issue 18). Two editors, two browsers, one long page:
 * the conflict dialog over a long change fits the 900 px window with its actions in view and its
 * text scrolling, closes with Escape, "start from their version" keeps one's text above the form as
 * it says, and "save my version on top of theirs" tells the other author on their dashboard.
 */
public final class ConflictDialogInBrowser {

  private ConflictDialogInBrowser() {}

  public static void run(URI base, String page, String first, String second, String password) {
    try (Browser one = Browser.start("ConflictDialogJourneyIT", "firstEditor");
        Browser two = Browser.start("ConflictDialogJourneyIT", "secondEditor")) {
      WebDriver nora = one.driver();
      WebDriver owen = two.driver();
      StaffConsole noraConsole = new StaffConsole(nora, base);
      StaffConsole owenConsole = new StaffConsole(owen, base);
      noraConsole.signIn(first, password);
      owenConsole.signIn(second, password);
      noraConsole.open("admin/content/edit.xhtml?path=" + page);
      owenConsole.open("admin/content/edit.xhtml?path=" + page);

      // Nora rewords every paragraph: the change the dialog shows Owen is long.
      js(nora)
          .executeScript(
              "arguments[0].value = arguments[0].value.replaceAll('Paragraph', 'Section');",
              nora.findElement(By.id("editor:body")));
      noraConsole.press(By.id("editor:save"));
      assertTrue(noraConsole.mainText().contains("Saved as revision 2"), noraConsole.mainText());

      append(owen, "Owen's closing line.");
      owenConsole.press(By.id("editor:save"));
      WebElement dialog = owen.findElement(By.id("editor:conflict"));
      assertTrue(dialog.isDisplayed(), "the conflict dialog opens");
      long window = ((Number) js(owen).executeScript("return window.innerHeight;")).longValue();
      assertTrue(bottomOf(owen, dialog) <= window, "the dialog fits the window");
      for (String action : new String[] {"editor:merge", "editor:save-mine"}) {
        assertTrue(
            bottomOf(owen, owen.findElement(By.id(action))) <= window,
            action + " is in view without scrolling the page");
      }
      assertTrue(
          (Boolean)
              js(owen)
                  .executeScript(
                      "const c = arguments[0].querySelector('.ui-dialog-content');"
                          + " return c.scrollHeight > c.clientHeight;",
                      dialog),
          "their long change scrolls inside the dialog");
      two.screenshot("conflict-dialog");

      new Actions(owen).sendKeys(Keys.ESCAPE).perform();
      new WebDriverWait(owen, Duration.ofSeconds(10))
          .until(d -> !d.findElement(By.id("editor:conflict")).isDisplayed());
      assertTrue(
          owen.findElement(By.id("editor:body"))
              .getAttribute("value")
              .contains("Owen's closing line."),
          "closing keeps what was typed");
      two.screenshot("dialog-closed");

      owenConsole.press(By.id("editor:save"));
      WebElement merge = owen.findElement(By.id("editor:merge"));
      assertTrue(merge.isDisplayed(), "saving again shows the dialog again");
      assertTrue(merge.getText().contains("above the form"), merge.getText());
      owenConsole.press(merge);
      WebElement kept = owen.findElement(By.id("kept-text"));
      assertTrue(
          kept.getLocation().getY() < owen.findElement(By.id("editor")).getLocation().getY(),
          "the kept text is above the form, as the button said");
      assertTrue(
          kept.findElements(By.tagName("textarea")).stream()
              .anyMatch(area -> area.getAttribute("value").contains("Owen's closing line.")),
          "Owen's text is kept");
      append(owen, "Owen's closing line.");
      owenConsole.press(By.id("editor:save"));
      assertTrue(owenConsole.mainText().contains("Saved as revision 3"), owenConsole.mainText());

      // Nora, still on revision 2, saves hers on top of Owen's revision 3.
      append(nora, "Nora's last word.");
      noraConsole.press(By.id("editor:save"));
      noraConsole.press(By.id("editor:save-mine"));
      assertTrue(noraConsole.mainText().contains("Saved as revision 4"), noraConsole.mainText());

      owenConsole.open("admin/");
      String notice = owen.findElement(By.id("saved-over")).getText();
      assertTrue(
          notice.contains(
              first
                  + " saved their own version as revision 4 on top of what you saved"
                  + " (revision numbers: 3)"),
          notice);
      two.screenshot("dashboard-notice");
      owenConsole.press(By.cssSelector("#saved-over button"));
      assertEquals(0, owen.findElements(By.id("saved-over")).size(), "dismissed");
    }
  }

  /** Adds a paragraph at the end of the body, as an editor finishing the page would. */
  private static void append(WebDriver driver, String paragraph) {
    js(driver)
        .executeScript(
            "arguments[0].value = arguments[0].value + '\\n\\n' + arguments[1];",
            driver.findElement(By.id("editor:body")),
            paragraph);
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }

  private static long bottomOf(WebDriver driver, WebElement element) {
    return ((Number)
            js(driver)
                .executeScript("return arguments[0].getBoundingClientRect().bottom;", element))
        .longValue();
  }
}

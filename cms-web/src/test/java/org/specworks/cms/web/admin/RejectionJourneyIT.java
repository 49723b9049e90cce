package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * A reviewer finds a change on their dashboard, rejects it with a reason, and the editor finds it
 * on theirs with that reason. (Accounts are created over HTTP; everything the two people do happens
 * in Chromium.)
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class RejectionJourneyIT {

  private static final String PAGE = "/omaspecworks/about/ipr";
  private static final String REASON = "Please cite the policy section you summarise.";

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void reviewerRejectsWithAReasonAndTheEditorSeesItOnTheDashboard() {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    createAccount(admin, "rhea", "EDITOR", "", "temporary password h1");
    createAccount(admin, "roy", "REVIEWER", "reviewers", "temporary password y1");

    WebDriver driver = browser.driver();
    StaffConsole console = new StaffConsole(driver, Loopback.base(deployment));
    console.signIn("rhea", "temporary password h1");
    console.choosePassword("temporary password h1", "amber kettle orbit");
    console.open("admin/content/edit.xhtml?path=" + PAGE);
    driver
        .findElement(By.id("editor:body"))
        .sendKeys("\n\nMembers declare essential IPR as early as they can.");
    console.press(By.id("editor:save"));
    console.press(By.id("editor:submit"));
    assertTrue(console.mainText().contains("in review"), console.mainText());
    console.signOut();

    console.signIn("roy", "temporary password y1");
    console.choosePassword("temporary password y1", "granite willow ember");
    console.press(
        driver
            .findElement(By.id("awaiting-me"))
            .findElement(By.linkText("Intellectual Property Rights")));
    driver.findElement(By.id("decision:reason")).sendKeys(REASON);
    console.press(By.id("decision:reject"));
    assertTrue(console.mainText().contains("Sent back"), console.mainText());
    console.signOut();

    console.signIn("rhea", "amber kettle orbit");
    String sentBack = driver.findElement(By.id("sent-back")).getText();
    browser.screenshot("dashboard-sent-back");
    assertTrue(sentBack.contains(PAGE), sentBack);
    assertTrue(
        sentBack.contains(REASON),
        "the reviewer's reason is on the editor's dashboard: " + sentBack);
    String drafts = driver.findElement(By.id("my-drafts")).getText();
    assertTrue(
        drafts.contains("Intellectual Property Rights") && drafts.contains("Live, changes pending"),
        "the rejected change is still the editor's draft, nothing was lost: " + drafts);
  }

  private static void createAccount(
      StaffHttpSession admin, String username, String role, String groups, String password) {
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
    if (!groups.isEmpty()) {
      // A browser sends a checkbox group's field only when something is ticked.
      form.put("newAccount:groups", groups);
    }
    assertTrue(admin.post("admin/users/index.xhtml", form).body().contains("Created " + username));
  }
}

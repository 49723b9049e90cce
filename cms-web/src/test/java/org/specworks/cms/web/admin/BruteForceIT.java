package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Password guessing over HTTP, as a script would do it: after five wrong passwords the account is
 * locked, so even the right password is refused for a while, with the same words whether or not the
 * account exists.
 */
@CmsIntegrationTest
@RunAsClient
class BruteForceIT {

  private static final String TARGET = "brute-target";
  private static final String PASSWORD = "the right password 77";

  @ArquillianResource private URL deployment;

  @Test
  void fiveWrongGuessesLockTheAccountEvenAgainstTheRightPassword() {
    SiteClient site = new SiteClient(deployment);
    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    Map<String, String> form = admin.formOn("admin/users/index.xhtml", "newAccount");
    form.putAll(
        Map.of(
            "newAccount:username",
            TARGET,
            "newAccount:displayName",
            "Brute Target",
            "newAccount:roles",
            "EDITOR",
            "newAccount:groups",
            "",
            "newAccount:temporaryPassword",
            PASSWORD,
            "newAccount:create",
            ""));
    assertTrue(admin.post("admin/users/index.xhtml", form).body().contains("Created " + TARGET));

    for (int guess = 1; guess <= 5; guess++) {
      String answer = attempt(site, TARGET, "wrong guess number " + guess);
      assertTrue(answer.contains(LoginView.FAILED), "guess " + guess);
    }
    String locked = attempt(site, TARGET, PASSWORD);
    assertTrue(
        locked.contains("Too many failed attempts"), "the right password is refused while locked");
    assertTrue(locked.contains(LoginView.FAILED), "with the same words as any failure");

    String unknown = attempt(site, "no-such-person", "whatever it is 1");
    assertTrue(unknown.contains(LoginView.FAILED));
    assertFalse(
        unknown.contains("Too many"), "an unknown name is not locked by another name's failures");
  }

  /** One sign-in attempt from a fresh session; the text of the page that answers it. */
  private static String attempt(SiteClient site, String username, String password) {
    HttpResponse<String> answer = new StaffHttpSession(site).attemptSignIn(username, password);
    assertEquals(200, answer.statusCode(), "a refused sign-in shows the form again");
    return org.jsoup.Jsoup.parse(answer.body()).text();
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Cross-site request forgery against the accounts form, the most valuable target: a post without
 * the session, without the form's server-side view state, with a made-up one, or with another
 * session's is refused and creates nothing; the same post with the session's own view state works
 * (so the refusals are not an accident of the test).
 */
@CmsIntegrationTest
@RunAsClient
class CsrfIT {

  private static final String ACCOUNTS = "admin/users/index.xhtml";

  @ArquillianResource private URL deployment;

  @Test
  void forgedAccountCreationsAreRefusedAndTheRealOneWorks() {
    SiteClient site = new SiteClient(deployment);
    String password = System.getProperty("cms.it.adminPassword");
    StaffHttpSession admin = StaffHttpSession.signIn(site, "admin", password);
    StaffHttpSession otherTab = StaffHttpSession.signIn(site, "admin", password);
    Map<String, String> genuine = admin.formOn(ACCOUNTS, "newAccount");
    Map<String, String> foreign = otherTab.formOn(ACCOUNTS, "newAccount");
    assertTrue(genuine.containsKey("jakarta.faces.ViewState"), genuine.toString());

    HttpResponse<String> anonymous =
        new StaffHttpSession(site).post(ACCOUNTS, newAccount(genuine, "csrf-anon"));
    assertEquals(302, anonymous.statusCode(), "no session: sent to sign in");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));

    Map<String, String> withoutState = newAccount(genuine, "csrf-nostate");
    withoutState.remove("jakarta.faces.ViewState");
    admin.post(ACCOUNTS, withoutState);

    Map<String, String> madeUp = newAccount(genuine, "csrf-madeup");
    madeUp.put("jakarta.faces.ViewState", "-1234567890123456789:9876543210987654321");
    HttpResponse<String> refused = admin.post(ACCOUNTS, madeUp);
    assertEquals(400, refused.statusCode(), "a view state this session does not hold");
    assertTrue(refused.body().contains("This form has expired"), refused.body());
    assertFalse(refused.body().contains("Exception"), "no stack trace");

    HttpResponse<String> replayed = admin.post(ACCOUNTS, newAccount(foreign, "csrf-foreign"));
    assertEquals(400, replayed.statusCode(), "another session's view state");

    HttpResponse<String> crossSite =
        admin.post(
            ACCOUNTS,
            newAccount(genuine, "csrf-crosssite"),
            Map.of("Origin", "https://attacker.example"));
    assertEquals(403, crossSite.statusCode(), "a post whose browser names another site");
    assertTrue(crossSite.body().contains("sent from another site"), crossSite.body());
    HttpResponse<String> crossSiteReferer =
        admin.post(
            ACCOUNTS,
            newAccount(genuine, "csrf-referer"),
            Map.of("Referer", "https://attacker.example/page.html"));
    assertEquals(403, crossSiteReferer.statusCode(), "no Origin, a Referer of another site");
    HttpResponse<String> sandboxed =
        admin.post(ACCOUNTS, newAccount(genuine, "csrf-null"), Map.of("Origin", "null"));
    assertEquals(403, sandboxed.statusCode(), "a sandboxed page's opaque origin");

    String accounts = admin.get(ACCOUNTS).body();
    for (String forged :
        new String[] {
          "csrf-anon",
          "csrf-nostate",
          "csrf-madeup",
          "csrf-foreign",
          "csrf-crosssite",
          "csrf-referer",
          "csrf-null"
        }) {
      assertFalse(accounts.contains(forged), forged + " must not exist");
    }

    URI own = site.uri("");
    HttpResponse<String> real =
        admin.post(
            ACCOUNTS,
            newAccount(genuine, "csrf-genuine"),
            Map.of("Origin", own.getScheme() + "://" + own.getAuthority()));
    assertTrue(
        real.body().contains("Created csrf-genuine"),
        "the genuine post works: " + real.statusCode());
  }

  private static Map<String, String> newAccount(Map<String, String> form, String username) {
    Map<String, String> fields = new HashMap<>(form);
    fields.put("newAccount:username", username);
    fields.put("newAccount:displayName", "Forged " + username);
    fields.put("newAccount:roles", "EDITOR");
    fields.put("newAccount:temporaryPassword", "forged password 12345");
    fields.put("newAccount:create", "");
    return fields;
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Two sessions of one person, as on two computers: changing the password in one ends the other (it
 * may be the thief's) and keeps the one that changed it; "sign out everywhere" ends both.
 */
@CmsIntegrationTest
@RunAsClient
class SessionsEndIT {

  private static final String TEMPORARY = "temporary words 4 you";
  private static final String CHOSEN = "my own chosen phrase 9";
  private static final String HOME = "admin/index.xhtml";

  @ArquillianResource private URL deployment;

  @Test
  void changingThePasswordEndsTheOtherSessionsButNotThisOne() {
    SiteClient site = new SiteClient(deployment);
    String name = newEditor(site);
    StaffHttpSession here = signIn(site, name, TEMPORARY);
    StaffHttpSession elsewhere = signIn(site, name, TEMPORARY);
    assertEquals(200, elsewhere.get(AdminSecurity.PASSWORD_PAGE.substring(1)).statusCode());

    HttpResponse<String> changed = changePassword(here, TEMPORARY, CHOSEN);
    assertEquals(302, changed.statusCode(), changed.body());

    assertSignedIn(here);
    assertSignedOut(elsewhere);
    signIn(site, name, CHOSEN);
  }

  @Test
  void signingOutEverywhereEndsEverySessionThisOneIncluded() {
    SiteClient site = new SiteClient(deployment);
    String name = newEditor(site);
    assertEquals(
        302, changePassword(signIn(site, name, TEMPORARY), TEMPORARY, CHOSEN).statusCode());
    StaffHttpSession here = signIn(site, name, CHOSEN);
    StaffHttpSession elsewhere = signIn(site, name, CHOSEN);
    assertSignedIn(here);
    assertSignedIn(elsewhere);

    Map<String, String> form = here.formOn(AdminSecurity.PASSWORD_PAGE.substring(1), "everywhere");
    form.put("everywhere:sign-out-everywhere", "");
    HttpResponse<String> out = here.post(AdminSecurity.PASSWORD_PAGE.substring(1), form);
    assertEquals(302, out.statusCode(), out.body());
    assertTrue(out.headers().firstValue("Location").orElse("").contains("login.xhtml"));

    assertSignedOut(here);
    assertSignedOut(elsewhere);
    assertSignedIn(signIn(site, name, CHOSEN));
  }

  private static StaffHttpSession signIn(SiteClient site, String name, String password) {
    StaffHttpSession session = new StaffHttpSession(site);
    HttpResponse<String> signedIn = session.attemptSignIn(name, password);
    assertEquals(302, signedIn.statusCode(), "signed in as " + name);
    return session;
  }

  private static HttpResponse<String> changePassword(
      StaffHttpSession session, String current, String chosen) {
    Map<String, String> form = session.formOn(AdminSecurity.PASSWORD_PAGE.substring(1), "password");
    form.put("password:currentPassword", current);
    form.put("password:newPassword", chosen);
    form.put("password:repeatedPassword", chosen);
    form.put("password:change", "");
    return session.post(AdminSecurity.PASSWORD_PAGE.substring(1), form);
  }

  private static void assertSignedIn(StaffHttpSession session) {
    HttpResponse<String> home = session.get(HOME);
    assertEquals(200, home.statusCode(), "still signed in");
    assertTrue(home.body().contains("signed-in-as"));
  }

  private static void assertSignedOut(StaffHttpSession session) {
    HttpResponse<String> home = session.get(HOME);
    assertEquals(302, home.statusCode(), "signed out: sent to sign in");
    assertTrue(home.headers().firstValue("Location").orElse("").contains("login.xhtml"));
  }

  /** An editor created by the administrator, who must replace {@link #TEMPORARY} at first. */
  private static String newEditor(SiteClient site) {
    String name = "two-sessions-" + UUID.randomUUID().toString().substring(0, 8);
    StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"))
        .createEditor(name, TEMPORARY);
    return name;
  }
}

package org.specworks.cms.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Answers the container makes itself (the redirect to sign in, a 403 from a security constraint, a
 * 405 from a servlet without that method) carry the same security headers as the application's, are
 * our own pages in UTF-8, and Jersey's WADL is not served.
 */
@CmsIntegrationTest
@RunAsClient
class ContainerResponsesIT {

  @ArquillianResource private URL deployment;

  @Test
  void aForbiddenAdminPageIsOurPageWithTheSecurityHeaders() {
    SiteClient site = new SiteClient(deployment);
    String password = System.getProperty("cms.it.adminPassword");
    StaffHttpSession admin = StaffHttpSession.signIn(site, "admin", password);
    Map<String, String> form = new HashMap<>(admin.formOn("admin/users/index.xhtml", "newAccount"));
    form.put("newAccount:username", "headers-editor");
    form.put("newAccount:displayName", "Headers Editor");
    form.put("newAccount:roles", "EDITOR");
    form.put("newAccount:temporaryPassword", "first password h1");
    form.put("newAccount:create", "");
    assertTrue(
        admin.post("admin/users/index.xhtml", form).body().contains("Created headers-editor"));

    StaffHttpSession editor = new StaffHttpSession(site);
    assertEquals(302, editor.attemptSignIn("headers-editor", "first password h1").statusCode());
    HttpResponse<String> forbidden = editor.get("admin/users/index.xhtml");

    assertEquals(403, forbidden.statusCode());
    assertOurPageInUtf8(forbidden, "Not allowed · SpecWorks CMS");
    assertSecurityHeaders(forbidden);
    assertEquals("no-store", forbidden.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void theRedirectToSignInCarriesTheSecurityHeaders() {
    HttpResponse<String> redirect = new SiteClient(deployment).get("admin/users/index.xhtml");

    assertEquals(302, redirect.statusCode());
    assertTrue(redirect.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    assertSecurityHeaders(redirect);
    assertEquals("no-store", redirect.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  void aWrongMethodIsOurPageWithTheSecurityHeaders() {
    SiteClient site = new SiteClient(deployment);
    HttpResponse<String> wrongMethod = site.post("omaspecworks/about", Map.of("a", "b"), Map.of());

    assertEquals(405, wrongMethod.statusCode());
    assertOurPageInUtf8(wrongMethod, "Not possible here · OMA SpecWorks");
    assertSecurityHeaders(wrongMethod);
  }

  @Test
  void jerseysWadlIsNotServed() {
    SiteClient site = new SiteClient(deployment);
    assertEquals(404, site.get("api/application.wadl").statusCode());
    assertEquals(404, site.get("api/application.wadl?detail=true").statusCode());
  }

  private static void assertOurPageInUtf8(HttpResponse<String> response, String title) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.toLowerCase(java.util.Locale.ROOT).contains("charset=utf-8"), type);
    assertTrue(response.body().contains("<title>" + title + "</title>"), response.body());
    assertFalse(response.body().contains("Error report"), "not the container's page");
    assertFalse(response.body().contains("Â"), "no mis-decoded UTF-8");
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        java.util.List.of("DENY"),
        response.headers().allValues("X-Frame-Options"),
        "one answer to framing, not the container's SAMEORIGIN beside ours");
    assertTrue(
        response.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
        response.headers().allValues("Content-Security-Policy").toString());
    assertEquals(
        "strict-origin-when-cross-origin",
        response.headers().firstValue("Referrer-Policy").orElse(""));
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Anonymous requests never reach an admin view; the sign-in page is served with its security
 * headers.
 */
@CmsIntegrationTest
@RunAsClient
class AdminAccessIT {

  @ArquillianResource private URL deployment;
  private SiteClient site;

  @BeforeEach
  void connect() {
    site = new SiteClient(deployment);
  }

  @Test
  void anonymousAdminRequestsAreSentToSignIn() {
    for (String path : List.of("admin/", "admin/index.xhtml", "admin/account/password.xhtml")) {
      HttpResponse<String> response = site.get(path);

      assertEquals(302, response.statusCode(), path);
      String location = response.headers().firstValue("Location").orElseThrow();
      assertEquals(site.contextPath() + "/login.xhtml", URI.create(location).getPath(), path);
      assertTrue(!response.body().contains("Dashboard"), path);
    }
  }

  @Test
  void signingInReturnsToTheAdminPageThatAskedForIt() {
    StaffHttpSession staff = new StaffHttpSession(site);
    assertEquals(302, staff.get("admin/content/index.xhtml?type=FAQ").statusCode());

    HttpResponse<String> signedIn =
        staff.attemptSignIn("admin", System.getProperty("cms.it.adminPassword"));

    assertEquals(302, signedIn.statusCode());
    assertEquals(
        site.contextPath() + "/admin/content/index.xhtml?type=FAQ",
        signedIn
            .headers()
            .firstValue("Location")
            .map(URI::create)
            .map(uri -> uri.getRawPath() + "?" + uri.getRawQuery())
            .orElseThrow());
  }

  @Test
  void signingInWithoutAnAskedForPageOpensTheDashboard() {
    StaffHttpSession staff = new StaffHttpSession(site);

    HttpResponse<String> signedIn =
        staff.attemptSignIn("admin", System.getProperty("cms.it.adminPassword"));

    assertEquals(
        site.contextPath() + "/admin/index.xhtml",
        signedIn.headers().firstValue("Location").map(URI::create).map(URI::getPath).orElseThrow());
  }

  @Test
  void signInPageForbidsFramingAndCarriesAScriptNonce() {
    HttpResponse<String> response = site.get("login.xhtml");

    assertEquals(200, response.statusCode());
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
    assertTrue(
        policies.stream().anyMatch(p -> p.startsWith("default-src 'self';")),
        "nothing from other sites: " + policies);
    assertTrue(
        policies.stream().anyMatch(p -> p.contains("nonce-")), "PrimeFaces CSP: " + policies);
    assertTrue(response.body().contains("Sign in"));
  }

  @Test
  void strictTransportSecurityIsSentExactlyWhenConfigured() {
    String configured = System.getenv("CMS_SECURITY_HSTS_MAX_AGE");
    for (String path : List.of("login.xhtml", "omaspecworks/about", "api/v1/items")) {
      java.util.Optional<String> hsts =
          site.get(path).headers().firstValue("Strict-Transport-Security");
      if (configured == null) {
        assertTrue(
            hsts.isEmpty(), path + ": off by default, the embedded server speaks plain HTTP");
      } else {
        assertEquals("max-age=" + configured + "; includeSubDomains", hsts.orElse("(none)"), path);
      }
    }
  }
}

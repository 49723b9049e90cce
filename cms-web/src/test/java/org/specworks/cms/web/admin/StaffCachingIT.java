package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Nothing a staff member sees may be kept by a cache or the browser's history: every admin page,
 * the sign-in page and the answers to staff posts say {@code Cache-Control: no-store} and {@code
 * Pragma: no-cache}. PrimeFaces' own scripts and the public site keep their caching.
 */
@CmsIntegrationTest
@RunAsClient
class StaffCachingIT {

  @ArquillianResource private URL deployment;

  @Test
  void staffPagesAndTheSignInPageAreNeverStored() {
    SiteClient site = new SiteClient(deployment);
    assertNotStored("login.xhtml", site.get("login.xhtml"));

    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    for (String path :
        List.of(
            "admin/",
            "admin/index.xhtml",
            "admin/users/index.xhtml",
            "admin/content/index.xhtml",
            "admin/review/index.xhtml",
            "admin/audit/index.xhtml")) {
      HttpResponse<String> page = admin.get(path);
      assertTrue(
          page.statusCode() == 200 || page.statusCode() == 302, path + " " + page.statusCode());
      assertNotStored(path, page);
    }
    HttpResponse<String> signedIn =
        new StaffHttpSession(site)
            .attemptSignIn("admin", System.getProperty("cms.it.adminPassword"));
    assertNotStored("the answer to the sign-in post", signedIn);
  }

  @Test
  void facesResourcesAndPublicPagesKeepTheirCaching() {
    SiteClient site = new SiteClient(deployment);
    String script =
        Jsoup.parse(site.get("login.xhtml").body()).select("script[src]").stream()
            .map(element -> element.attr("src"))
            .filter(src -> src.contains("jakarta.faces.resource"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sign-in page loads PrimeFaces' script"));
    HttpResponse<String> resource = site.get(script.substring(site.contextPath().length() + 1));
    assertEquals(200, resource.statusCode(), script);
    assertFalse(
        resource.headers().firstValue("Cache-Control").orElse("").contains("no-store"), script);

    HttpResponse<String> about = site.get("omaspecworks/about");
    assertEquals("public, no-cache", about.headers().firstValue("Cache-Control").orElse(""));
  }

  private static void assertNotStored(String what, HttpResponse<String> response) {
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse("(none)"), what);
    assertEquals("no-cache", response.headers().firstValue("Pragma").orElse("(none)"), what);
  }
}

package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.RawHttp;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * The session cookie as the server really sends it, read off the wire: {@code HttpOnly} and {@code
 * SameSite=Lax}, both when the session starts and when sign-in renews its id.
 */
@CmsIntegrationTest
@RunAsClient
class SessionCookieIT {

  @ArquillianResource private URL deployment;

  @Test
  void theSessionCookieIsSentHttpOnlyAndSameSiteLax() throws Exception {
    RawHttp.Answer page =
        new RawHttp(Loopback.base(deployment))
            .get("/login.xhtml".getBytes(StandardCharsets.US_ASCII))
            .orElseThrow();
    assertEquals(200, page.status());
    String cookie = sessionCookie(page.setCookies());
    assertTrue(attributes(cookie).contains("httponly"), cookie);
    assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
  }

  @Test
  void theCookieOfTheRenewedSessionAtSignInIsSameSiteLaxToo() {
    StaffHttpSession session = new StaffHttpSession(new SiteClient(deployment));
    HttpResponse<String> signedIn =
        session.attemptSignIn("admin", System.getProperty("cms.it.adminPassword"));
    assertEquals(302, signedIn.statusCode());
    String cookie = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
    assertTrue(attributes(cookie).contains("samesite=lax"), cookie);
  }

  private static String sessionCookie(List<String> setCookies) {
    return setCookies.stream()
        .filter(value -> value.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
  }

  /** The attributes after the name=value pair, lower-cased and without spaces. */
  private static List<String> attributes(String setCookie) {
    return List.of(setCookie.toLowerCase(Locale.ROOT).replace(" ", "").split(";"));
  }
}

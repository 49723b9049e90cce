package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.RawHttp;
import org.specworks.cms.testing.RawHttp.Answer;

/**
 * A client chooses the Host header it sends. Nothing the CMS answers may carry it: not the address
 * of a redirect (a cache in front would hand the poisoned redirect to every reader), not the
 * addresses in the sitemap.
 */
@CmsIntegrationTest
@RunAsClient
class ForgedHostHeaderIT {

  private static final String FORGED = "attacker.example";

  @ArquillianResource private URL deployment;

  @Test
  void redirectsNameOnlyThePath() throws Exception {
    RawHttp http = new RawHttp(Loopback.base(deployment));
    String context = Loopback.base(deployment).getPath().replaceAll("/$", "");

    Answer toSignIn = answer(http, "/admin/index.xhtml");
    assertEquals(302, toSignIn.status());
    assertEquals(context + "/login.xhtml", toSignIn.header("Location"));

    Answer home = answer(http, "/");
    assertEquals(302, home.status());
    assertFalse(home.header("Location").contains(FORGED), home.header("Location"));
    assertEquals(context + "/omaspecworks/about", URI.create(home.header("Location")).getPath());
  }

  @Test
  void theSitemapNamesTheConfiguredAddress() throws Exception {
    Answer sitemap = answer(new RawHttp(Loopback.base(deployment)), "/sitemap.xml");

    assertEquals(200, sitemap.status());
    assertFalse(sitemap.body().contains(FORGED), "no forged host in the sitemap");
  }

  private static Answer answer(RawHttp http, String target) throws Exception {
    return http.get(target.getBytes(StandardCharsets.US_ASCII), FORGED).orElseThrow();
  }
}

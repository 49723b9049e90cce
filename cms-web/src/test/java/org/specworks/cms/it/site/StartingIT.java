package org.specworks.cms.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.it.HeldStartupGate;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * While the CMS is starting (its caches not composed yet), the public site and the API answer 503
 * with {@code Retry-After}, never 404 or 500; once ready, they answer as usual. The test holds the
 * start-up gate ({@link HeldStartupGate}) instead of racing a real start.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartingIT {

  private static final List<String> ADDRESSES =
      List.of("omaspecworks/about", "api/v1/items/omaspecworks/about", "no/such/page");

  @Inject private HeldStartupGate gate;

  @Test
  @Order(1)
  void theCmsIsStillStarting() {
    gate.hold();
  }

  @Test
  @Order(2)
  @RunAsClient
  void everyAddressAnswers503WithRetryAfterWhileStarting(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    for (String address : ADDRESSES) {
      HttpResponse<String> starting = site.get(address);
      assertEquals(503, starting.statusCode(), address + ": " + starting.body());
      assertEquals(
          "5", starting.headers().firstValue("Retry-After").orElse(""), address + ": Retry-After");
      assertEquals("no-store", starting.headers().firstValue("Cache-Control").orElse(""));
      assertTrue(starting.body().startsWith("The site is starting"), starting.body());
    }
  }

  @Test
  @Order(3)
  void theCmsIsReady() {
    gate.release();
  }

  @Test
  @Order(4)
  @RunAsClient
  void onceReadyThePublicSiteAnswers(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    assertEquals(200, site.get("omaspecworks/about").statusCode());
    assertEquals(404, site.get("no/such/page").statusCode());
  }
}

package org.specworks.cms.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ManagementEndpoint;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Health and metrics answer on the management listener only, and the CMS's own counters move with
 * what happens: publications, page-cache hits and misses, refused sign-ins. (Publications are
 * counted in {@code PublicationMetricsIT}, schedule failures in {@code SchedulingIT}, purge
 * failures in {@code PurgeRequestsTest}.)
 */
@CmsIntegrationTest
class MetricsIT {

  @ArquillianResource private URL deployment;

  @Test
  @RunAsClient
  void thePublicListenerServesNeitherHealthNorMetrics() {
    SiteClient site = new SiteClient(deployment);
    for (String path :
        List.of(
            "/health",
            "/health/ready",
            "/health/live",
            "/metrics",
            "/metrics?scope=application",
            "/metrics/application")) {
      HttpResponse<String> response = site.getAbsolute(site.uri("").resolve(path));
      assertEquals(404, response.statusCode(), path);
      assertFalse(response.body().contains("\"checks\""), path + ": " + response.body());
      assertFalse(response.body().contains("# TYPE"), path + ": " + response.body());
    }
    ManagementEndpoint management = new ManagementEndpoint();
    assertEquals(200, management.get("health/live").statusCode());
    HttpResponse<String> metrics = management.get("metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("# TYPE"), "Prometheus text: " + metrics.body());
    HttpResponse<String> about = management.get("omaspecworks/about");
    assertEquals(404, about.statusCode(), "the site is not served on the management port");
  }

  @Test
  @RunAsClient
  void pageCacheHitsAndMissesAreCounted() {
    SiteClient site = new SiteClient(deployment);
    ManagementEndpoint management = new ManagementEndpoint();
    double hits = cacheCount(management, "hit");
    double misses = cacheCount(management, "miss");

    assertEquals(200, site.get("omaspecworks/about").statusCode());
    assertEquals(200, site.get("omaspecworks/about").statusCode());

    double newHits = cacheCount(management, "hit") - hits;
    double newMisses = cacheCount(management, "miss") - misses;
    assertEquals(2, newHits + newMisses, "each request is a hit or a miss");
    assertTrue(newHits >= 1, "the second request at least is served from the cache");
  }

  @Test
  @RunAsClient
  void refusedSignInsAreCounted() {
    SiteClient site = new SiteClient(deployment);
    ManagementEndpoint management = new ManagementEndpoint();
    double before = management.applicationCounter("cms_sign_in_failures_total", Map.of());

    HttpResponse<String> refused =
        StaffHttpSession.from(site, "198.51.100.77")
            .attemptSignIn("metrics-nobody", "not the password 1");
    assertEquals(200, refused.statusCode(), "the sign-in form again, with its message");

    assertEquals(before + 1, management.applicationCounter("cms_sign_in_failures_total", Map.of()));
  }

  private static double cacheCount(ManagementEndpoint management, String result) {
    return management.applicationCounter(
        "cms_response_cache_total", Map.of("cache", "pages", "result", result));
  }
}

package org.specworks.cms.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * The delivery API answers its most frequent requests from the cache without JAX-RS ({@link
 * CachedApiAnswers}); any query parameter sends the same request on to {@link ItemsResource}. Both
 * ways must give the same status, headers and bytes, in every encoding and for revalidation.
 */
@CmsIntegrationTest
@RunAsClient
class CachedApiAnswersIT {

  private static final String ITEM = "api/v1/items/omaspecworks/about/ipr";
  private static final String LIST = "api/v1/items";
  // Same meaning for JAX-RS (the defaults, or a parameter it ignores), but not answered early.
  private static final String ITEM_THROUGH_JAX_RS = ITEM + "?through=jax-rs";
  private static final String LIST_THROUGH_JAX_RS = LIST + "?page=0&size=20";
  private static final List<String> HEADERS =
      List.of(
          "Content-Type",
          "Content-Length",
          "Content-Encoding",
          "ETag",
          "Vary",
          "Cache-Control",
          "Content-Security-Policy",
          "X-Content-Type-Options");

  @ArquillianResource private URL deployment;
  private SiteClient site;

  @BeforeEach
  void connect() {
    site = new SiteClient(deployment);
  }

  @Test
  void anItemIsTheSameEitherWayPlainCompressedAndRevalidated() {
    sameEitherWay(ITEM, ITEM_THROUGH_JAX_RS, Map.of());
    sameEitherWay(ITEM, ITEM_THROUGH_JAX_RS, Map.of("Accept-Encoding", "gzip"));
    String etag = site.getBytes(ITEM, Map.of()).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> revalidated =
        sameEitherWay(ITEM, ITEM_THROUGH_JAX_RS, Map.of("If-None-Match", etag));
    assertEquals(304, revalidated.statusCode());
  }

  @Test
  void theFirstPageOfAllItemsIsTheSameEitherWay() {
    HttpResponse<byte[]> list = sameEitherWay(LIST, LIST_THROUGH_JAX_RS, Map.of());
    assertEquals(200, list.statusCode());
    sameEitherWay(LIST, LIST_THROUGH_JAX_RS, Map.of("Accept-Encoding", "gzip, deflate"));
  }

  @Test
  void whatTheCacheCannotAnswerStillGetsTheApisProblems() {
    HttpResponse<byte[]> missing =
        site.getBytes("api/v1/items/omaspecworks/about/no-such-page", Map.of());
    HttpResponse<byte[]> malformed = site.getBytes("api/v1/items/omaspecworks/a%20b", Map.of());

    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(400, malformed.statusCode());
    assertEquals(
        "application/problem+json", malformed.headers().firstValue("Content-Type").orElseThrow());
  }

  private HttpResponse<byte[]> sameEitherWay(
      String early, String throughJaxRs, Map<String, String> headers) {
    HttpResponse<byte[]> fast = site.getBytes(early, headers);
    HttpResponse<byte[]> resource = site.getBytes(throughJaxRs, headers);
    assertEquals(resource.statusCode(), fast.statusCode(), early);
    for (String header : HEADERS) {
      assertEquals(resource.headers().allValues(header), fast.headers().allValues(header), header);
    }
    assertArrayEquals(resource.body(), fast.body(), early);
    return fast;
  }
}

package org.specworks.cms.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Internals;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.RawHttp;
import org.specworks.cms.testing.RawHttp.Answer;

/**
 * Requests far larger than any real one, from anyone: each gets a clear 4xx with a short page or
 * problem, never a 500 or a stack trace, and changes nothing.
 */
@CmsIntegrationTest
@RunAsClient
class OversizedInputIT {

  /** About 7.8 KB of request target: under the server's request-line limit, so the CMS sees it. */
  private static final String SEGMENTS = "/a".repeat(3_900);

  @ArquillianResource private URL deployment;

  @Test
  void thousandsOfPathSegmentsAreANotFoundOrABadRequest() throws Exception {
    RawHttp http = new RawHttp(Loopback.base(deployment));
    Map<String, Integer> expected =
        Map.of(
            "/omaspecworks", 404,
            "/documents", 404,
            "/api/v1/items", 400);
    for (Map.Entry<String, Integer> where : expected.entrySet()) {
      Answer answer =
          http.get((where.getKey() + SEGMENTS).getBytes(StandardCharsets.US_ASCII))
              .orElseThrow(() -> new AssertionError(where.getKey() + ": no answer"));
      assertEquals((int) where.getValue(), answer.status(), where.getKey());
      assertEquals(java.util.Optional.empty(), Internals.shownIn(answer.body()), where.getKey());
      assertTrue(
          answer.body().length() < 4_000,
          where.getKey() + ": a short answer, not the input repeated: " + answer.body().length());
    }
    Answer problem =
        http.get(("/api/v1/items" + SEGMENTS).getBytes(StandardCharsets.US_ASCII)).orElseThrow();
    assertTrue(
        problem.header("content-type").startsWith("application/problem+json"),
        problem.header("content-type"));
  }
}

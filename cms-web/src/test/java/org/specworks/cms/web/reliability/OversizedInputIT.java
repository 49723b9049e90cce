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
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

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

  @Test
  void aFormPostOverTwoMegabytesIsRefusedAsTooLargeEvenBeforeSignIn() throws Exception {
    RawHttp http = new RawHttp(Loopback.base(deployment));
    byte[] form =
        ("login=login&login%3Ausername=admin&login%3Apassword=" + "x".repeat(2_200_000))
            .getBytes(StandardCharsets.US_ASCII);
    Answer answer =
        http.post(
                "/login.xhtml",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form,
                form.length)
            .orElseThrow(() -> new AssertionError("no answer"));
    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.body().contains("too large"), answer.body());
    assertEquals(java.util.Optional.empty(), Internals.shownIn(answer.body()));
  }

  @Test
  void anUploadOfSeventyMegabytesIsRefusedWithAMessageBeforeItIsRead() throws Exception {
    RawHttp http = new RawHttp(Loopback.base(deployment));
    String editor =
        StaffHttpSession.signIn(
                new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"))
            .cookie();
    // Only the announcement is sent: the refusal must not wait for 70 MB to arrive.
    Answer answer =
        http.post(
                "/admin/content/edit.xhtml?path=/documents/ipr-guidelines",
                Map.of("Content-Type", "multipart/form-data; boundary=----cms", "Cookie", editor),
                new byte[0],
                70L * 1024 * 1024)
            .orElseThrow(() -> new AssertionError("no answer"));
    assertEquals(413, answer.status(), answer.body());
    assertTrue(answer.body().contains("20 MB"), "names the upload limit: " + answer.body());
  }
}

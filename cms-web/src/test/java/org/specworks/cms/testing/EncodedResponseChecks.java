package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What every pre-encoded public response must get right over HTTP, checked the same way for pages
 * and API responses: gzip only when accepted (a quality of 0 refuses), the same bytes once
 * decompressed, the right Content-Length, one strong ETag per encoding, 304 per encoding, and HEAD
 * with the GET's headers and no body.
 */
public final class EncodedResponseChecks {

  private EncodedResponseChecks() {}

  /** Runs every check on {@code path}, which must answer 200 with {@code contentType}. */
  public static void check(SiteClient site, String path, String contentType) {
    HttpResponse<byte[]> plain = site.getBytes(path, Map.of());
    assertEquals(200, plain.statusCode(), path);
    assertTrue(
        header(plain, "Content-Type").startsWith(contentType), header(plain, "Content-Type"));
    assertEquals("", header(plain, "Content-Encoding"), "no coding unless asked for");
    assertEquals("Accept-Encoding", header(plain, "Vary"));
    assertEquals(Integer.toString(plain.body().length), header(plain, "Content-Length"));

    HttpResponse<byte[]> gzip = site.getBytes(path, Map.of("Accept-Encoding", "gzip, deflate"));
    assertEquals(200, gzip.statusCode());
    assertEquals("gzip", header(gzip, "Content-Encoding"));
    assertEquals("Accept-Encoding", header(gzip, "Vary"));
    assertEquals(Integer.toString(gzip.body().length), header(gzip, "Content-Length"));
    assertTrue(gzip.body().length < plain.body().length / 2, "compressed");
    assertArrayEquals(plain.body(), gunzip(gzip.body()), "the same bytes once decompressed");

    String plainTag = header(plain, "ETag");
    String gzipTag = header(gzip, "ETag");
    assertTrue(plainTag.matches("\"[^\"]+\""), "strong: " + plainTag);
    assertTrue(gzipTag.matches("\"[^\"]+\""), "strong: " + gzipTag);
    assertNotEquals(plainTag, gzipTag, "each encoding is its own representation");

    for (String refusal : new String[] {"gzip;q=0", "gzip;q=0, identity", "*;q=0.5, gzip;q=0"}) {
      HttpResponse<byte[]> refused = site.getBytes(path, Map.of("Accept-Encoding", refusal));
      assertEquals("", header(refused, "Content-Encoding"), refusal);
      assertArrayEquals(plain.body(), refused.body(), refusal);
    }
    assertEquals(
        "gzip",
        header(
            site.getBytes(path, Map.of("Accept-Encoding", "br;q=1, *;q=0.1")), "Content-Encoding"));

    assertEquals(
        304, site.getBytes(path, Map.of("If-None-Match", plainTag)).statusCode(), "plain 304");
    HttpResponse<byte[]> gzip304 =
        site.getBytes(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", gzipTag));
    assertEquals(304, gzip304.statusCode(), "gzip 304");
    assertEquals(0, gzip304.body().length);
    assertEquals(gzipTag, header(gzip304, "ETag"));
    assertEquals(
        200,
        site.getBytes(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", plainTag))
            .statusCode(),
        "the plain bytes' tag does not validate the compressed representation");

    HttpResponse<byte[]> head = site.head(path, Map.of("Accept-Encoding", "gzip"));
    assertEquals(200, head.statusCode());
    assertEquals(0, head.body().length);
    assertEquals(Integer.toString(gzip.body().length), header(head, "Content-Length"));
    assertEquals(gzipTag, header(head, "ETag"));
    assertEquals("gzip", header(head, "Content-Encoding"));
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static byte[] gunzip(byte[] compressed) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

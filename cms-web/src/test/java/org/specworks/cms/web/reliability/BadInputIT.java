package org.specworks.cms.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Internals;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.RawHttp;
import org.specworks.cms.testing.RawHttp.Answer;

/**
 * Thousands of generated public paths and API queries (random bytes, broken and overlong encodings,
 * huge numbers, path tricks) from a fixed seed: none may answer 5xx or show a stack trace, every
 * answer is well-formed HTTP, and every API error is a JSON problem. {@code
 * CMS_RELIABILITY_REQUESTS} sets how many (RELIABILITY.md).
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
@RunAsClient
class BadInputIT {

  private static final long SEED = 20261202L;
  private static final String[] PREFIXES = {
    "/omaspecworks/",
    "/omaspecworks/about/",
    "/omaspecworks/about/policies-terms-of-use/",
    "/api/v1/items/",
    "/api/v1/items?",
    "/omaspecworks/search?q=",
    "/documents/",
    "/preview/",
    "/feeds/policies.atom?",
    "/",
    "/omaspecworks/about/policies-terms-of-use/ipr-policy/v/",
    "/omaspecworks/about/ipr/member-declarations?"
  };

  @ArquillianResource private URL deployment;

  @Test
  void noGeneratedRequestGetsA5xxAStackTraceOrABrokenResponse() throws Exception {
    int requests =
        Integer.parseInt(System.getenv().getOrDefault("CMS_RELIABILITY_REQUESTS", "2000"));
    RawHttp http = new RawHttp(Loopback.base(deployment));
    Random random = new Random(SEED);
    TreeMap<Integer, Integer> statuses = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    int closedWithoutAnswer = 0;
    int refusedUndecoded = 0;
    for (int i = 0; i < requests && problems.size() < 20; i++) {
      byte[] target = target(random);
      String shown = new String(target, StandardCharsets.ISO_8859_1);
      Optional<Answer> answer;
      try {
        answer = http.get(target);
      } catch (IllegalStateException malformed) {
        problems.add(abbreviate(shown) + " -> " + malformed.getMessage());
        continue;
      }
      if (answer.isEmpty()) {
        // Only a request line beyond the server's header limit may be dropped without an answer.
        if (target.length < 8_000) {
          problems.add(abbreviate(shown) + " -> connection closed without a response");
        }
        closedWithoutAnswer++;
        continue;
      }
      statuses.merge(answer.get().status(), 1, Integer::sum);
      if (answer.get().status() == 400 && answer.get().body().isEmpty()) {
        refusedUndecoded++;
      }
      problemWith(shown, answer.get())
          .ifPresent(problem -> problems.add(abbreviate(shown) + " -> " + problem));
    }
    System.out.printf(
        "BadInputIT: %d requests (seed %d), statuses %s, %d empty 400s from the server's URI decoder,"
            + " %d closed without an answer (oversized)%n",
        requests, SEED, statuses, refusedUndecoded, closedWithoutAnswer);
    assertEquals(List.of(), problems);
    assertTrue(
        statuses.keySet().stream().anyMatch(status -> status == 200),
        "the generator also reaches real pages, not only refusals: " + statuses);
  }

  private static Optional<String> problemWith(String target, Answer answer) {
    if (target.length() >= 8_000 && answer.status() >= 400 && answer.status() < 500) {
      return Optional
          .empty(); // the server's own refusal of an oversized request line, before the application
    }
    if (answer.status() >= 500) {
      return Optional.of("status " + answer.status());
    }
    Optional<String> internals = Internals.shownIn(answer.body());
    if (internals.isPresent()) {
      return Optional.of("internals shown: " + internals.get());
    }
    if (!answer.body().isEmpty() && answer.header("content-type").isEmpty()) {
      return Optional.of("a body without Content-Type");
    }
    // A target with dot-segments may leave the API once they are resolved
    // ("/api/v1/items/../../admin"); the
    // server then answers for whatever it reaches, not the API.
    String lower = target.toLowerCase(Locale.ROOT);
    boolean api = target.startsWith("/api/") && !lower.contains("..") && !lower.contains("%2e");
    // A target the server cannot decode (a broken %-escape) is refused with an empty 400 before any
    // application
    // sees it; everything the API itself answers is a problem document.
    if (api && answer.status() >= 400 && answer.status() != 405 && !answer.body().isEmpty()) {
      if (!answer.header("content-type").startsWith("application/problem+json")) {
        return Optional.of("API error " + answer.status() + " as " + answer.header("content-type"));
      }
      try {
        JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
        if (problem.getInt("status") != answer.status()
            || problem.getString("title", "").isBlank()) {
          return Optional.of("problem body does not match: " + answer.body());
        }
      } catch (RuntimeException notJson) {
        return Optional.of("API problem is not JSON: " + abbreviate(answer.body()));
      }
    }
    return Optional.empty();
  }

  /** One request target: a known prefix, then one of the generators, sometimes repeated. */
  private static byte[] target(Random random) {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    target.writeBytes(
        PREFIXES[random.nextInt(PREFIXES.length)].getBytes(StandardCharsets.US_ASCII));
    int parts = 1 + random.nextInt(3);
    for (int i = 0; i < parts; i++) {
      target.writeBytes(GENERATORS.get(random.nextInt(GENERATORS.size())).apply(random));
    }
    return target.toByteArray();
  }

  private static final List<Function<Random, byte[]>> GENERATORS =
      List.of(
          // real words, so some requests reach real pages and items
          random ->
              ascii(
                  pick(
                      random,
                      "about",
                      "ipr",
                      "omaspecworks-faq",
                      "policies-terms-of-use",
                      "collaborate",
                      "trademark-policy",
                      "type=trademark",
                      "type=page&size=5",
                      "page=1",
                      "sort=declarant",
                      "q=SpecWorks")),
          // random bytes, also control characters and bytes that are not UTF-8
          random -> {
            byte[] bytes = new byte[1 + random.nextInt(40)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
              if (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n') {
                bytes[i] =
                    'x'; // keep it one request line of three parts; what the target holds is the
                // point
              }
            }
            return bytes;
          },
          // percent-encodings: random, broken, overlong, NUL, encoded slashes and dots
          random ->
              ascii(
                  pick(
                      random,
                      "%",
                      "%zz",
                      "%C0%AF",
                      "%E0%80%AF",
                      "%00",
                      "%2F..%2F",
                      "%2e%2e/",
                      "%25%32%66",
                      "%ED%A0%80",
                      "%F4%90%80%80",
                      "%FF%FE",
                      "%" + Integer.toHexString(random.nextInt(256)))),
          // path tricks
          random ->
              ascii(
                  pick(
                      random,
                      "..",
                      "../../etc/passwd",
                      "//",
                      "/./",
                      "\\..\\",
                      ";jsessionid=ABC",
                      ";x=1",
                      "WEB-INF/web.xml",
                      "META-INF/MANIFEST.MF",
                      "v/0",
                      "v/-1",
                      "v/99999999999",
                      "admin/../../admin",
                      "index.xhtml",
                      "javax.faces.resource/x.js?ln=../")),
          // query parameters with broken or huge values
          random ->
              ascii(
                  pick(
                      random,
                      "type=",
                      "type=%00",
                      "type=" + "x".repeat(300),
                      "page=-1",
                      "page=2147483648",
                      "size=0",
                      "size=" + "9".repeat(40),
                      "page=1e9",
                      "size=NaN",
                      "q=" + "a".repeat(2000),
                      "&&&==&",
                      "a[]=1",
                      "type=page&type=policy",
                      "sort=" + "'\"><script>")),
          // Unicode, right-to-left marks and emoji in UTF-8, raw
          random ->
              "ä/π/\u202Eevil/😀/Ω"
                  .substring(0, 1 + random.nextInt(10))
                  .getBytes(StandardCharsets.UTF_8),
          // long segments, now and then past the server's header limit
          random -> ascii("seg".repeat(random.nextInt(10) == 0 ? 4_000 : 1 + random.nextInt(300))));

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }
}

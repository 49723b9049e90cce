package org.specworks.cms.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.EncodedResponseChecks;
import org.specworks.cms.testing.SiteClient;

/**
 * The delivery API over HTTP: published items as JSON, ETags, and problem details for bad requests.
 */
@CmsIntegrationTest
@RunAsClient
class DeliveryApiIT {

  @ArquillianResource private URL deployment;
  private SiteClient site;

  @BeforeEach
  void connect() {
    site = new SiteClient(deployment);
  }

  @Test
  void listsPublishedItemsOfATypePageByPage() {
    JsonObject first = json(site.get("api/v1/items?type=trademark&size=5"), 200);
    JsonObject second = json(site.get("api/v1/items?type=trademark&size=5&page=1"), 200);

    assertEquals(9, first.getInt("totalItems"));
    assertEquals(2, first.getInt("totalPages"));
    assertEquals(5, first.getJsonArray("items").size());
    assertEquals(4, second.getJsonArray("items").size());
    for (JsonValue item : first.getJsonArray("items")) {
      assertEquals("trademark", item.asJsonObject().getString("type"));
    }
  }

  @Test
  void getsOneItemByPathWithItsFieldsAndRenderedBody() {
    JsonObject policy =
        json(
            site.get(
                "api/v1/items/omaspecworks/about/policies-terms-of-use/document-use-agreement"),
            200);

    assertEquals("policy", policy.getString("type"));
    assertEquals("Document Use Agreement", policy.getString("title"));
    assertEquals("document-use-agreement", policy.getJsonObject("fields").getString("kind"));
    assertTrue(policy.getString("description").startsWith("IMPORTANT: PLEASE READ"));

    JsonObject faq =
        json(site.get("api/v1/items/omaspecworks/about/omaspecworks-faq/what-has-changed"), 200);
    assertTrue(faq.getString("bodyHtml").startsWith("<p>The OMA Board looked critically"));
  }

  @Test
  void answersNotModifiedForTheSameEtag() {
    HttpResponse<String> first = site.get("api/v1/items/omaspecworks/about/ipr");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        site.get("api/v1/items/omaspecworks/about/ipr", Map.of("If-None-Match", etag));
    HttpResponse<String> listAgain = site.get("api/v1/items?type=policy");
    HttpResponse<String> listNotModified =
        site.get(
            "api/v1/items?type=policy",
            Map.of("If-None-Match", listAgain.headers().firstValue("ETag").orElseThrow()));

    assertEquals(304, again.statusCode());
    assertEquals(304, listNotModified.statusCode());
    assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("no-cache"));
  }

  @Test
  void itemsAndListsAreSentPlainOrCompressedWithTheirLengthAndTags() {
    EncodedResponseChecks.check(site, "api/v1/items/omaspecworks/about", "application/json");
    EncodedResponseChecks.check(site, "api/v1/items?type=policy&size=3", "application/json");
  }

  @ParameterizedTest
  @CsvSource({
    "api/v1/items?type=poem, type",
    "api/v1/items?size=0, size",
    "api/v1/items?size=101, size",
    "api/v1/items?page=-1, page",
    "api/v1/items?page=abc, page",
    "api/v1/items/omaspecworks/About_Us, path"
  })
  void badRequestsGetAProblemDetailNamingTheParameter(String path, String parameter) {
    JsonObject problem = problem(site.get(path), 400);

    assertEquals(
        java.util.Set.of(parameter), problem.getJsonObject("errors").keySet(), problem.toString());
    assertFalse(problem.toString().contains("Exception"), problem.toString());
  }

  @Test
  void unknownItemsAndRoutesAreProblemDetailsToo() {
    assertTrue(
        problem(site.get("api/v1/items/omaspecworks/about/nothing-here"), 404)
            .getString("detail")
            .contains("No published item at /omaspecworks/about/nothing-here"));
    assertEquals(404, problem(site.get("api/v2/items"), 404).getInt("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    HttpResponse<String> response = site.getAbsolute(site.uri("").resolve("/openapi"));

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("SpecWorks CMS delivery API"));
    assertTrue(
        response.body().contains("/v1/items/{path"),
        "documents the item endpoint: " + response.body());
    assertTrue(response.body().contains("Get a published item by path"));
    assertTrue(
        response.body().contains("Items per page, 1 to 100"), "documents the query parameters");
  }

  private static JsonObject json(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    assertEquals(status, problem.getInt("status"));
    return problem;
  }
}

package org.specworks.cms.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.client.ApiClient;
import org.specworks.cms.client.ApiException;
import org.specworks.cms.client.api.ItemsApi;
import org.specworks.cms.client.model.ItemType;
import org.specworks.cms.client.model.Problem;
import org.specworks.cms.client.model.PublishedItem;
import org.specworks.cms.client.model.PublishedItemPage;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * The delivery API through a Java client that openapi-generator made from the OpenAPI document
 * (cms-web's pom, generate-test-sources): what a real client of the document gets.
 */
@CmsIntegrationTest
@RunAsClient
class GeneratedClientIT {

  @ArquillianResource private URL deployment;
  private ItemsApi items;

  @BeforeEach
  void connect() {
    String base = new SiteClient(deployment).uri("").toString();
    ApiClient client =
        new ApiClient()
            // Plain HTTP/1.1 like every client here: the JDK's default h2c upgrade is not wanted.
            .setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
            .setConnectTimeout(Duration.ofSeconds(10))
            .setReadTimeout(Duration.ofSeconds(30));
    client.updateBaseUri(base.substring(0, base.length() - 1));
    items = new ItemsApi(client);
  }

  @Test
  void listsItemsOfATypePageByPage() throws ApiException {
    PublishedItemPage first = items.listItems(ItemType.TRADEMARK, 0, 5, null);
    PublishedItemPage second = items.listItems(ItemType.TRADEMARK, 1, 5, null);

    assertEquals(9L, first.getTotalItems());
    assertEquals(2L, first.getTotalPages());
    assertEquals(5, first.getItems().size());
    assertEquals(4, second.getItems().size());
    first.getItems().forEach(item -> assertEquals(ItemType.TRADEMARK, item.getType()));
  }

  @Test
  void getsOneItemByItsPath() throws ApiException {
    PublishedItem ipr = items.getItem("omaspecworks/about/ipr", null);

    assertEquals("/omaspecworks/about/ipr", ipr.getPath());
    assertEquals(ItemType.PAGE, ipr.getType());
    assertEquals("Intellectual Property Rights", ipr.getTitle());
    assertTrue(ipr.getRevision() > 0);
    assertTrue(ipr.getRevisedAt() != null, "a date-time the client could read");
    assertTrue(ipr.getBodyHtml().contains("<"), ipr.getBodyHtml());
  }

  @Test
  void anUnknownPathIsAProblemDetail() throws Exception {
    ApiException missing =
        assertThrows(
            ApiException.class, () -> items.getItem("omaspecworks/about/nothing-here", null));

    assertEquals(404, missing.getCode());
    assertEquals(
        "application/problem+json",
        missing.getResponseHeaders().firstValue("Content-Type").orElse(""));
    Problem problem =
        ApiClient.createDefaultObjectMapper().readValue(missing.getResponseBody(), Problem.class);
    assertEquals(404, problem.getStatus());
    assertTrue(
        problem.getDetail().contains("/omaspecworks/about/nothing-here"), problem.getDetail());
  }

  @Test
  void aBadQueryIsAProblemDetailNamingTheParameter() throws Exception {
    ApiException bad = assertThrows(ApiException.class, () -> items.listItems(null, 0, 101, null));

    assertEquals(400, bad.getCode());
    Problem problem =
        ApiClient.createDefaultObjectMapper().readValue(bad.getResponseBody(), Problem.class);
    assertTrue(problem.getErrors().containsKey("size"), problem.toString());
  }
}

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
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * The OpenAPI document Payara serves at {@code /openapi}, checked for the defects that made {@code
 * redocly lint} (recommended rules) fail; the linter itself is not needed in CI.
 */
@CmsIntegrationTest
@RunAsClient
class OpenApiDocumentIT {

  @ArquillianResource private URL deployment;
  private JsonObject document;

  // The resource is injected per test, not before all.
  @BeforeEach
  void fetch() {
    SiteClient site = new SiteClient(deployment);
    HttpResponse<String> response = site.getAbsolute(site.uri("").resolve("/openapi?format=JSON"));
    assertEquals(200, response.statusCode(), response.body());
    document = Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void holdsOnlyStandardTopLevelKeys() {
    Set<String> standard =
        Set.of(
            "openapi",
            "info",
            "servers",
            "paths",
            "components",
            "security",
            "tags",
            "externalDocs");
    for (String key : document.keySet()) {
      assertTrue(standard.contains(key) || key.startsWith("x-"), "not OpenAPI: " + key);
    }
    assertTrue(document.getString("openapi").startsWith("3."));
    assertTrue(document.getJsonObject("info").containsKey("license"));
  }

  @Test
  void describesExactlyTheApisPathsWithTemplatesItsParametersName() {
    JsonObject paths = document.getJsonObject("paths");
    assertEquals(Set.of("/api/v1/items", "/api/v1/items/{path}"), paths.keySet());
    JsonObject path =
        paths
            .getJsonObject("/api/v1/items/{path}")
            .getJsonObject("get")
            .getJsonArray("parameters")
            .getJsonObject(0);
    assertEquals("path", path.getString("name"));
    assertEquals("path", path.getString("in"));
    assertTrue(path.getBoolean("required"));
  }

  @Test
  void everyParameterHasASchemaAndEveryOperationAnIdAndSecurity() {
    assertTrue(document.containsKey("security"), "no operation needs credentials, said so");
    document
        .getJsonObject("paths")
        .forEach(
            (address, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) -> {
                          JsonObject op = operation.asJsonObject();
                          assertFalse(op.getString("operationId", "").isEmpty(), address);
                          for (JsonValue parameter : op.getJsonArray("parameters")) {
                            JsonObject p = resolve(parameter.asJsonObject());
                            assertTrue(p.containsKey("schema"), address + " " + p);
                          }
                        }));
  }

  @Test
  void publishesOnlyTheApisSchemas() {
    assertEquals(
        Set.of("ItemType", "PublishedItem", "PublishedItemPage", "Problem"),
        document.getJsonObject("components").getJsonObject("schemas").keySet());
  }

  @Test
  void serverAddressesDoNotEndInASlash() {
    for (JsonValue server : document.getJsonArray("servers")) {
      assertFalse(server.asJsonObject().getString("url").endsWith("/"), server.toString());
    }
  }

  private JsonObject resolve(JsonObject parameter) {
    if (!parameter.containsKey("$ref")) {
      return parameter;
    }
    String name = parameter.getString("$ref").replace("#/components/parameters/", "");
    return document.getJsonObject("components").getJsonObject("parameters").getJsonObject(name);
  }
}

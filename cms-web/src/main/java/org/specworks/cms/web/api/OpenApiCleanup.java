package org.specworks.cms.web.api;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Makes Payara's {@code /openapi} a standard document (registered by {@code mp.openapi.filter}):
 * the API itself is described by hand in {@code META-INF/openapi.yaml}; Payara 6 adds a top-level
 * {@code endpoints} key that is not OpenAPI (renamed {@code x-endpoints} only in later Payara
 * releases) and a server address ending in "/" when the application runs at the root.
 */
public class OpenApiCleanup implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getServers() != null) {
      for (Server server : document.getServers()) {
        String url = server.getUrl();
        if (url != null && url.length() > 1 && url.endsWith("/")) {
          server.setUrl(url.substring(0, url.length() - 1));
        }
      }
    }
    dropPayaraEndpoints(document);
  }

  /** An empty map is not written; null would fail Payara's copy of the document. */
  private static void dropPayaraEndpoints(OpenAPI document) {
    try {
      document
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(document, new TreeMap<String, Object>());
    } catch (ReflectiveOperationException notPayara) {
      // Another implementation writes no such key.
    }
  }
}

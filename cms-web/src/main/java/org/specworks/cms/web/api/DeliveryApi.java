package org.specworks.cms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JAX-RS application behind {@code /api}; its OpenAPI document ({@code META-INF/openapi.yaml},
 * written by hand) is served at {@code /openapi}.
 */
@ApplicationPath("/api")
public class DeliveryApi extends Application {

  /**
   * Jersey's generated WADL ({@code /api/application.wadl}) is off: the API is described by {@code
   * /openapi}, and the WADL only told a prober about the framework.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

package org.specworks.cms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JAX-RS application behind {@code /api}; its OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "SpecWorks CMS delivery API",
            version = "1",
            description =
                "Published content of the OMA SpecWorks About section: pages, FAQ entries, policies, trademarks,"
                    + " IPR declarations and documents. Only published revisions are ever returned. Responses"
                    + " carry a strong ETag; send it back in If-None-Match to get 304 Not Modified. Errors are"
                    + " RFC 9457 problem details (application/problem+json)."))
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

package org.specworks.cms.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail; {@code errors} names each invalid parameter when there are several.
 */
public record Problem(
    String type, String title, int status, String detail, Map<String, String> errors) {

  static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  static Response response(Response.Status status, String detail) {
    return response(status, detail, Map.of());
  }

  static Response response(Response.Status status, String detail, Map<String, String> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, errors))
        .build();
  }
}

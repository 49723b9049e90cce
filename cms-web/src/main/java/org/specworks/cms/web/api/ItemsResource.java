package org.specworks.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.web.support.EncodedBody;
import org.specworks.cms.web.support.Etags;

/**
 * Published items: a paged list, filterable by type, and single items by path; their JSON comes
 * encoded from {@link ApiResponses}. Described in {@code META-INF/openapi.yaml} (served at {@code
 * /openapi}): change both together; {@code GeneratedClientIT} calls this resource through a client
 * generated from that document.
 */
// One instance for all requests: it holds no request state, and a new CDI instance per request
// showed in the cost of a cached answer.
@ApplicationScoped
@Path("/v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

  static final int MAX_PAGE_SIZE = 100;

  @Inject private ApiResponses responses;

  @GET
  public Response list(@Valid @BeanParam ItemsQuery query, @Context HttpHeaders headers) {
    return send(responses.list(query.type(), query.page(), query.size()), headers);
  }

  @GET
  @Path("{path: .+}")
  public Response get(@PathParam("path") String path, @Context HttpHeaders headers) {
    ContentPath contentPath;
    try {
      contentPath = ContentPath.of("/" + path);
    } catch (IllegalArgumentException malformed) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          malformed.getMessage(),
          Map.of("path", malformed.getMessage()));
    }
    Optional<EncodedBody> item = responses.item(contentPath);
    if (item.isEmpty()) {
      return Problem.response(
          Response.Status.NOT_FOUND, "No published item at " + contentPath + ".");
    }
    return send(item.get(), headers);
  }

  /** The encoding the client accepts, with its entity tag; 304 when the client holds it already. */
  private static Response send(EncodedBody body, HttpHeaders headers) {
    EncodedBody.Representation chosen =
        body.choose(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    Response.ResponseBuilder response =
        Etags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), chosen.etag())
            ? Response.notModified()
            : Response.ok(chosen.bytes(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_ENCODING, chosen.contentEncoding())
                .header(HttpHeaders.CONTENT_LENGTH, chosen.bytes().length);
    return response
        .header(HttpHeaders.ETAG, chosen.etag())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
        .header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
        .build();
  }
}

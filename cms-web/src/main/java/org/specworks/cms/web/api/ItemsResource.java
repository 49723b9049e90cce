package org.specworks.cms.web.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.LiveItemPage;
import org.specworks.cms.shared.ContentHash;

/** Published items: a paged list, filterable by type, and single items by path. */
@Path("/v1/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

  static final int MAX_PAGE_SIZE = 100;
  private static final CacheControl REVALIDATE = CacheControl.valueOf("public, no-cache");

  @Inject private LiveContent live;

  @GET
  @Operation(
      summary = "List published items",
      description = "Ordered by path; only published revisions.")
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content = @Content(schema = @Schema(implementation = PublishedItemPage.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "Unknown type or bad page number or size",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  @Parameter(
      name = "type",
      in = ParameterIn.QUERY,
      description = "Only items of this type: " + ApiContentTypes.NAMES)
  @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 0")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Items per page, 1 to " + MAX_PAGE_SIZE)
  public Response list(@Valid @BeanParam ItemsQuery query, @Context Request request) {
    LiveItemPage result = live.liveItems(query.type(), query.page(), query.size());
    String[] versions =
        result.items().stream()
            .map(item -> Long.toString(item.revisionId()))
            .toArray(String[]::new);
    EntityTag etag =
        new EntityTag(
            ContentHash.of(
                    ContentHash.of(versions),
                    String.join(",", query.cacheKey()),
                    Long.toString(result.totalItems()))
                .substring(0, 32));
    return conditional(request, etag, PublishedItemPage.of(result));
  }

  @GET
  @Path("{path: .+}")
  @Operation(
      summary = "Get a published item by path",
      description = "For example /api/v1/items/omaspecworks/about/ipr returns the IPR page.")
  @APIResponse(
      responseCode = "200",
      description = "The item",
      content = @Content(schema = @Schema(implementation = PublishedItem.class)))
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
  @APIResponse(
      responseCode = "400",
      description = "Not a valid path",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published item at that path",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(implementation = Problem.class)))
  public Response get(
      @Parameter(description = "The item's path without the leading slash") @PathParam("path")
          String path,
      @Context Request request) {
    ContentPath contentPath;
    try {
      contentPath = ContentPath.of("/" + path);
    } catch (IllegalArgumentException malformed) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          malformed.getMessage(),
          Map.of("path", malformed.getMessage()));
    }
    Optional<LiveItem> item = live.liveItem(contentPath);
    if (item.isEmpty()) {
      return Problem.response(
          Response.Status.NOT_FOUND, "No published item at " + contentPath + ".");
    }
    return conditional(
        request,
        new EntityTag(Long.toString(item.get().revisionId())),
        PublishedItem.of(item.get()));
  }

  private static Response conditional(Request request, EntityTag etag, Object entity) {
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(REVALIDATE).tag(etag).build();
    }
    return Response.ok(entity).tag(etag).cacheControl(REVALIDATE).build();
  }
}

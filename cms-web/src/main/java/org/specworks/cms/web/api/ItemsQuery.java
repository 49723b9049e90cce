package org.specworks.cms.web.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.specworks.cms.content.ContentType;

/**
 * The query of {@code GET /api/v1/items}, checked by Bean Validation before the resource runs; a
 * violation becomes a problem+json 400 naming the parameter ({@link InvalidParametersMapper}).
 * Numbers arrive as text so that "abc" is reported like any other bad value instead of failing in
 * conversion. (The OpenAPI document describes them as integers with these bounds.)
 */
public class ItemsQuery {

  @QueryParam("type")
  @Pattern(
      regexp = "|" + ApiContentTypes.PATTERN,
      message = "Unknown type; use one of " + ApiContentTypes.NAMES + ".")
  private String type;

  static final String DEFAULT_PAGE = "0";
  static final String DEFAULT_SIZE = "20";

  @QueryParam("page")
  @DefaultValue(DEFAULT_PAGE)
  @Pattern(regexp = "\\d{1,7}", message = "'page' must be a whole number from 0 to 9999999.")
  private String page;

  @QueryParam("size")
  @DefaultValue(DEFAULT_SIZE)
  @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "'size' must be a whole number from 1 to 100.")
  private String size;

  Optional<ContentType> type() {
    return type == null || type.isEmpty() ? Optional.empty() : ApiContentTypes.parse(type);
  }

  int page() {
    return Integer.parseInt(page);
  }

  int size() {
    return Integer.parseInt(size);
  }
}

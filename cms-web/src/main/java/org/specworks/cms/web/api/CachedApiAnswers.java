package org.specworks.cms.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.web.support.EncodedBody;
import org.specworks.cms.web.support.EncodedResponses;

/**
 * Answers the delivery API's most frequent requests, a published item by its path and the first
 * page of all items, from {@link ApiResponses} without going through JAX-RS: in a profile under
 * load, Jersey's routing, validation, providers and tracing took more than half of a cached item's
 * time, while the answer is bytes already encoded. Everything else (query parameters, encoded
 * characters, bad paths, nothing published there, HEAD) goes on to {@link ItemsResource}, which
 * gives the same answers; {@code CachedApiAnswersIT} compares the two.
 */
@WebFilter(
    filterName = "cachedApiAnswers",
    urlPatterns = {ApiResponses.ITEMS, ApiResponses.ITEMS + "/*"})
public class CachedApiAnswers extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String ITEM_PREFIX = ApiResponses.ITEMS + "/";
  private static final String JSON = "application/json";
  private static final String CACHE_CONTROL = "public, no-cache";

  @Inject private ApiResponses responses;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<EncodedBody> answer = answerFor(request);
    if (answer.isPresent()) {
      EncodedResponses.send(request, response, answer.get(), JSON, CACHE_CONTROL);
    } else {
      chain.doFilter(request, response);
    }
  }

  private Optional<EncodedBody> answerFor(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
      return Optional.empty();
    }
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    // JAX-RS decodes the path before matching; leave any encoded or unusual address to it.
    if (uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
      return Optional.empty();
    }
    if (uri.equals(ApiResponses.ITEMS)) {
      return Optional.of(
          responses.list(
              Optional.empty(),
              Integer.parseInt(ItemsQuery.DEFAULT_PAGE),
              Integer.parseInt(ItemsQuery.DEFAULT_SIZE)));
    }
    if (uri.startsWith(ITEM_PREFIX) && uri.length() > ITEM_PREFIX.length()) {
      return ContentPath.parse(uri.substring(ApiResponses.ITEMS.length())).flatMap(responses::item);
    }
    return Optional.empty();
  }
}

package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.web.support.EncodedResponses;

/**
 * Serves published pages at their public paths, as bytes encoded when the page was cached (gzip
 * when the client accepts it). Responses carry a strong ETag built from every revision shown and
 * the layout (one per encoding), so a reader's cache revalidates cheaply (304) and never shows a
 * superseded revision.
 */
@WebServlet(name = "publicPages", urlPatterns = PublicPageServlet.SITE_ROOT + "/*")
public class PublicPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String SITE_ROOT = "/omaspecworks";
  static final String HOME = SITE_ROOT + "/about";
  private static final int MAX_QUERY = 200;

  @Inject private SitePages pages;
  @Inject private SiteLayout layout;
  @Inject private Clock clock;
  @Inject private SiteNavigation navigation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<SitePage> page =
        parse(request)
            .flatMap(path -> pages.page(path, request.getContextPath(), tableQuery(request)));
    if (page.isEmpty()) {
      NotFound.send(request, response, layout, navigation);
      return;
    }
    EncodedResponses.send(
        request, response, page.get().body(), "text/html;charset=UTF-8", caching(page.get()));
  }

  /**
   * Browsers revalidate every time; an edge cache keeps a page until a purge, or, for a page that
   * changes at a known moment without a publication, no longer than until then ({@code s-maxage}).
   */
  private String caching(SitePage page) {
    return page.validUntil()
        .map(
            until ->
                "public, no-cache, s-maxage="
                    + Math.max(0, Duration.between(clock.instant(), until).toSeconds()))
        .orElse("public, no-cache");
  }

  private static TableQuery tableQuery(HttpServletRequest request) {
    return new TableQuery(
        bounded(request.getParameter("q")), bounded(request.getParameter("sort")));
  }

  private static String bounded(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > MAX_QUERY ? value.substring(0, MAX_QUERY) : value;
  }

  private static Optional<ContentPath> parse(HttpServletRequest request) {
    return ContentPath.parse(
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
  }
}

package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.search.SearchHit;
import org.specworks.cms.search.SiteSearch;
import org.specworks.cms.web.support.Html;

/**
 * {@code /omaspecworks/search?q=…}: published content matching the words, each result linking to
 * where readers see it (an FAQ answer at its anchor on the FAQ page, a trademark in the policies
 * page's table, and so on).
 */
@WebServlet(name = "siteSearch", urlPatterns = SiteSearchServlet.PATH)
public class SiteSearchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String PATH = PublicPageServlet.SITE_ROOT + "/search";
  private static final int RESULTS = 30;

  @Inject private SiteSearch search;
  @Inject private LiveContent live;
  @Inject private SiteLayout layout;
  @Inject private SiteNavigation navigation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = request.getContextPath();
    String query = SiteSearch.normalise(request.getParameter("q"));
    StringBuilder html =
        new StringBuilder()
            .append("<form class=\"site-search\" method=\"get\" role=\"search\" action=\"")
            .append(Html.escape(base + PATH))
            .append(
                "\"><label for=\"q\">Search the site</label> <input id=\"q\" name=\"q\" type=\"search\" value=\"")
            .append(Html.escape(query))
            .append("\"> <button type=\"submit\">Search</button></form>");
    if (!query.isEmpty()) {
      List<SearchHit> hits = search.search(query, RESULTS);
      html.append("<p class=\"result-count\" role=\"status\">")
          .append(hits.isEmpty() ? "No" : hits.size())
          .append(hits.size() == 1 ? " result" : " results")
          .append(" for “")
          .append(Html.escape(query))
          .append("”.</p><ol class=\"search-results\">");
      for (SearchHit hit : hits) {
        html.append("<li><a href=\"")
            .append(Html.escape(base + whereReadersSee(hit)))
            .append("\">")
            .append(Html.escape(hit.title()))
            .append("</a><p>")
            .append(highlighted(hit.snippet()))
            .append("</p></li>");
      }
      html.append("</ol>");
    }
    response.setHeader("Cache-Control", "public, no-cache");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            layout.page(
                query.isEmpty() ? "Search" : "Search: " + query,
                "Search the published pages of OMA SpecWorks",
                navigation.links(base),
                List.of(),
                html.toString(),
                base));
  }

  private String whereReadersSee(SearchHit hit) {
    String page =
        live.pageListing(ContentPath.of(hit.path())).map(ContentPath::value).orElse(hit.path());
    String slug = hit.path().substring(hit.path().lastIndexOf('/') + 1);
    return switch (hit.type()) {
      case PAGE, POLICY, DOCUMENT -> hit.path();
      case FAQ_ENTRY -> page + "#" + slug;
      case TRADEMARK -> page + "#trademarks";
      case IPR_DECLARATION -> page;
    };
  }

  /** Escapes the snippet, then turns the match markers into {@code <mark>}. */
  private static String highlighted(String snippet) {
    return Html.escape(snippet)
        .replace(String.valueOf(SearchHit.MARK_START), "<mark>")
        .replace(String.valueOf(SearchHit.MARK_END), "</mark>");
  }
}

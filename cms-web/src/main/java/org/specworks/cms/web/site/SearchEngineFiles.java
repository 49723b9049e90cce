package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.web.support.Html;
import org.specworks.cms.web.support.PublicAddress;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}: search engines may index the published pages, never
 * the admin. Sitemap addresses are absolute, built from {@code cms.public-url}.
 */
@WebServlet(
    name = "searchEngineFiles",
    urlPatterns = {"/robots.txt", "/sitemap.xml"})
public class SearchEngineFiles extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LiveContent live;
  @Inject private ContentService content;

  @Inject private PublicAddress address;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = address.base(request.getContextPath());
    response.setHeader("Cache-Control", "public, max-age=300");
    if (request.getServletPath().equals("/robots.txt")) {
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              "User-agent: *\nDisallow: "
                  + request.getContextPath()
                  + "/admin/\nDisallow: "
                  + request.getContextPath()
                  + "/login.xhtml\nDisallow: "
                  + request.getContextPath()
                  + "/api/\nSitemap: "
                  + base
                  + "/sitemap.xml\n");
      return;
    }
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : live.livePagePaths()) {
      xml.append("  <url><loc>").append(Html.escape(base + path)).append("</loc></url>\n");
    }
    for (String policy :
        content.livePathsOf(ContentType.POLICY)) { // each policy's own page, current version
      xml.append("  <url><loc>").append(Html.escape(base + policy)).append("</loc></url>\n");
    }
    xml.append("</urlset>\n");
    response.setContentType("application/xml;charset=UTF-8");
    response.getWriter().write(xml.toString());
  }
}

package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.shared.ContentHash;
import org.specworks.cms.web.support.Etags;
import org.specworks.cms.web.support.Html;
import org.specworks.cms.web.support.PublicAddress;

/**
 * An Atom feed (RFC 4287) announcing every new version of a policy, newest first: readers and
 * lawyers subscribe instead of re-reading the policies. Each entry links to the version's
 * permalink.
 */
@WebServlet(name = "policyFeed", urlPatterns = PolicyVersionHtml.FEED)
public class PolicyFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int ENTRIES = 50;

  @Inject private PublishedVersions versions;

  @Inject private PublicAddress address;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String base = address.base(request.getContextPath());
    List<PublishedVersion> newest = versions.newest(ContentType.POLICY, ENTRIES);
    String etag =
        "\""
            + ContentHash.of(
                    newest.stream().map(v -> v.permalink() + v.revisionId()).toArray(String[]::new))
                .substring(0, 32)
            + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, no-cache");
    if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
            .append("  <title>OMA SpecWorks policy updates</title>\n")
            .append("  <id>")
            .append(Html.escape(base + PolicyVersionHtml.FEED))
            .append("</id>\n")
            .append("  <link rel=\"self\" href=\"")
            .append(Html.escape(base + PolicyVersionHtml.FEED))
            .append("\"/>\n")
            .append("  <updated>")
            .append(newest.isEmpty() ? "1970-01-01T00:00:00Z" : newest.get(0).publishedAt())
            .append("</updated>\n  <author><name>OMA SpecWorks</name></author>\n");
    for (PublishedVersion version : newest) {
      String link = base + version.permalink();
      xml.append("  <entry>\n    <title>")
          .append(Html.escape(version.title() + ", version " + version.version()))
          .append("</title>\n    <id>")
          .append(Html.escape(link))
          .append("</id>\n    <link href=\"")
          .append(Html.escape(link))
          .append("\"/>\n    <updated>")
          .append(version.publishedAt())
          .append("</updated>\n    <summary>")
          .append(
              Html.escape(
                  version.changeSummary().isBlank()
                      ? "Version " + version.version() + " was published."
                      : version.changeSummary()))
          .append("</summary>\n  </entry>\n");
    }
    xml.append("</feed>\n");
    response.setContentType("application/atom+xml;charset=UTF-8");
    response.getWriter().write(xml.toString());
  }
}

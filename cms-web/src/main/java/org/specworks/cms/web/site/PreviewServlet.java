package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.specworks.cms.preview.Preview;
import org.specworks.cms.preview.PreviewLinks;
import org.specworks.cms.preview.PreviewUnavailableException;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.rendering.RenderedMarkdown;
import org.specworks.cms.web.support.Html;

/**
 * {@code /preview/<token>}: the draft a preview link was made for, in the site's layout, under a
 * banner, never indexed, cached or leaked through the Referer header. An expired or withdrawn link
 * gets a page that says so (410), a forged one a 404 — never the draft.
 */
@WebServlet(name = "preview", urlPatterns = "/preview/*")
public class PreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private PreviewLinks previews;
  @Inject private MarkdownRenderer renderer;
  @Inject private SiteLayout layout;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader(
        "Referrer-Policy", "no-referrer"); // the token must not travel to linked sites
    response.setContentType("text/html;charset=UTF-8");
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    try {
      Preview preview = previews.open(token);
      RenderedMarkdown body = renderer.render(preview.content().body());
      response
          .getWriter()
          .write(
              layout.page(
                  preview.content().title(),
                  preview.content().description(),
                  List.of(),
                  body.outline(),
                  html(preview, body),
                  request.getContextPath()));
    } catch (PreviewUnavailableException unavailable) {
      boolean gone = unavailable.reason() != PreviewUnavailableException.Reason.INVALID;
      response.setStatus(gone ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND);
      response
          .getWriter()
          .write(
              layout.message(
                  gone ? "This preview is no longer available" : "Preview not found",
                  unavailable.getMessage(),
                  request.getContextPath()));
    }
  }

  private static String html(Preview preview, RenderedMarkdown body) {
    StringBuilder html =
        new StringBuilder(
                "<p class=\"notice draft-banner\" role=\"note\">Preview of draft revision ")
            .append(preview.revisionNumber())
            .append(" of <code>")
            .append(Html.escape(preview.path()))
            .append(
                "</code>: not published, shown only to people with this link, which works until <time>")
            .append(preview.expiresAt())
            .append("</time>.</p>");
    html.append(Html.paragraphs(preview.content().description()));
    html.append(body.html());
    Map<String, String> fields = preview.content().fields();
    if (!fields.isEmpty()) {
      html.append("<dl class=\"preview-fields\">");
      fields.forEach(
          (name, value) ->
              html.append("<dt>")
                  .append(Html.escape(preview.type().schema().labelOf(name)))
                  .append("</dt><dd>")
                  .append(Html.escape(value))
                  .append("</dd>"));
      html.append("</dl>");
    }
    return html.toString();
  }
}

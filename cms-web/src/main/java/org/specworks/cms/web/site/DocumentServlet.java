package org.specworks.cms.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItem;

/**
 * Opens a published document at its stable address ({@code /documents/<name>}): a document kept elsewhere is a
 * redirect to its address; one without an address yet, or unpublished, is a friendly 404.
 */
@WebServlet(name = "documents", urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LiveContent live;
  @Inject private SiteLayout layout;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<LiveItem> document = parse(request).flatMap(live::liveItem)
        .filter(item -> item.type() == ContentType.DOCUMENT);
    if (document.isEmpty()) {
      NotFound.send(request, response, layout);
      return;
    }
    String url = document.get().field("url");
    if (url.isBlank()) {
      NotFound.send(request, response, layout,
          "“" + document.get().title() + "” is not yet available online.");
      return;
    }
    response.setHeader("Cache-Control", "public, no-cache");
    response.sendRedirect(url);
  }

  private static Optional<ContentPath> parse(HttpServletRequest request) {
    return ContentPath.parse(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
  }
}

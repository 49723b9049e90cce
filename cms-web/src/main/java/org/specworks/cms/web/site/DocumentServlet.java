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
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.documents.StoredFile;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItem;

/**
 * Opens a published document at its stable address ({@code /documents/<name>}): an uploaded file is sent as a
 * download (never rendered inline, never sniffed), a document kept elsewhere is a redirect to its address, and
 * one without either, or unpublished, is a friendly 404.
 */
@WebServlet(name = "documents", urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LiveContent live;
  @Inject private SiteLayout layout;
  @Inject private DocumentFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<LiveItem> document = parse(request).flatMap(live::liveItem)
        .filter(item -> item.type() == ContentType.DOCUMENT);
    if (document.isEmpty()) {
      NotFound.send(request, response, layout);
      return;
    }
    Optional<StoredFile> stored = files.find(document.get().field("sha256"));
    if (stored.isPresent()) {
      send(stored.get(), request, response);
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

  private void send(StoredFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String etag = "\"" + file.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, no-cache");
    if (Etags.matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] bytes = files.bytesOf(file);
    response.setContentType(file.mediaType());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static Optional<ContentPath> parse(HttpServletRequest request) {
    return ContentPath.parse(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
  }
}

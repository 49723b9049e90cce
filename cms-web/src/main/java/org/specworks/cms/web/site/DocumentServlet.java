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
import org.specworks.cms.web.support.Etags;

/**
 * Opens a published document at its stable address ({@code /documents/<name>}): an uploaded file is
 * sent as a download (never rendered inline, never sniffed), a document kept elsewhere is a
 * redirect to its address, and one without either, or unpublished, is a friendly 404. A document
 * that names an agreement is only given to a visitor who accepted the agreement's current version
 * ({@link AgreementGate}).
 */
@WebServlet(name = "documents", urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private LiveContent live;
  @Inject private SiteLayout layout;
  @Inject private SiteNavigation navigation;
  @Inject private DocumentFiles files;
  @Inject private AgreementGate gate;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<LiveItem> document = liveDocument(request);
    if (document.isEmpty()) {
      NotFound.send(request, response, layout, navigation);
      return;
    }
    Optional<ContentPath> agreement = gate.agreementOf(document.get());
    if (agreement.isPresent() && !gate.admits(request, agreement.get())) {
      gate.ask(request, response, document.get(), agreement.get());
      return;
    }
    // Behind an agreement, a shared cache must not hand the file to someone who has not agreed.
    String caching = agreement.isPresent() ? "private, no-cache" : "public, no-cache";
    Optional<StoredFile> stored = files.find(document.get().field("sha256"));
    if (stored.isPresent()) {
      send(stored.get(), caching, request, response);
      return;
    }
    String url = document.get().field("url");
    if (url.isBlank()) {
      NotFound.send(
          request,
          response,
          layout,
          navigation,
          "“" + document.get().title() + "” is not yet available online.");
      return;
    }
    response.setHeader("Cache-Control", caching);
    response.sendRedirect(url);
  }

  /** AGREE or DO NOT AGREE, from the agreement page of a document that requires one. */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<LiveItem> document = liveDocument(request);
    Optional<ContentPath> agreement = document.flatMap(gate::agreementOf);
    if (agreement.isEmpty()) {
      NotFound.send(request, response, layout, navigation);
      return;
    }
    gate.decide(request, response, document.get(), agreement.get());
  }

  private Optional<LiveItem> liveDocument(HttpServletRequest request) {
    return parse(request)
        .flatMap(live::liveItem)
        .filter(item -> item.type() == ContentType.DOCUMENT);
  }

  private void send(
      StoredFile file, String caching, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String etag = "\"" + file.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", caching);
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
    return ContentPath.parse(
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
  }
}

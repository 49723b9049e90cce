package org.specworks.cms.web.admin.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.documents.StoredFile;

/**
 * An uploaded file by its SHA-256 ({@code /admin/files/<sha256>}), for staff judging a document's
 * revision before it is published: the reviewer opens the very bytes that will be served. Only
 * staff reach it (the container's constraint on {@code /admin/*}); like the public download it is
 * an attachment, never sniffed, never kept by a shared cache.
 */
@WebServlet(name = "uploadedFile", urlPatterns = UploadedFileServlet.PATH + "/*")
public class UploadedFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  public static final String PATH = "/admin/files";

  @Inject private DocumentFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String sha256 = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<StoredFile> file =
        sha256.matches("[0-9a-f]{64}") ? files.find(sha256) : Optional.empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "No uploaded file with this checksum");
      return;
    }
    byte[] bytes = files.bytesOf(file.get());
    response.setContentType(file.get().mediaType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + file.get().fileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}

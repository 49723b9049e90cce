package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose announced body is larger than anything the application accepts, before
 * any byte of it is read: a form over the server's post limit (2 MB) used to end in a 500 when
 * Faces read its parameters, and an upload over the multipart limit in an answer without a message.
 * The refusal is a 413 that says what the limit is; nothing was read, so nothing changed. Declared
 * in {@code web.xml}, to run first.
 */
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Payara's {@code max-post-size-bytes}: larger forms cannot be read. */
  static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

  /** The Faces servlet's {@code max-request-size} in {@code web.xml}. */
  static final long MAX_MULTIPART_BYTES = 68_157_440L;

  @Inject
  @ConfigProperty(name = "cms.upload.max-bytes", defaultValue = "20971520")
  private long maxUploadBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long announced = request.getContentLengthLong();
    String type = request.getContentType() == null ? "" : request.getContentType();
    boolean multipart = type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    if (announced > (multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES)) {
      refuse(request, response, multipart);
      // Sent now: the server may go on to read (and discard) the body before it finishes.
      response.flushBuffer();
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, boolean upload)
      throws IOException {
    String message =
        upload
            ? "The upload is too large: files are limited to "
                + maxUploadBytes / (1024 * 1024)
                + " MB. Nothing was saved."
            : "The form is too large: at most 2 MB can be sent at once. Nothing was saved. If you"
                + " pasted a long text, shorten it or split it over several items.";
    response.setStatus(413);
    // The body was not read: the connection cannot carry another request.
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                  + message
                  + "\"}");
      return;
    }
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too large ·"
                + " SpecWorks CMS</title></head><body><main><h1>Too large</h1><p>"
                + message
                + "</p></main></body></html>");
  }
}

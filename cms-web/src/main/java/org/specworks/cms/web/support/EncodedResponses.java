package org.specworks.cms.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a cached {@link EncodedBody} from a servlet: the encoding the client accepts, its entity
 * tag, {@code Vary: Accept-Encoding} (shared caches must keep the encodings apart), {@code
 * Content-Length}, and 304 when the client already holds that representation.
 */
public final class EncodedResponses {

  private EncodedResponses() {}

  public static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      EncodedBody body,
      String contentType,
      String cacheControl)
      throws IOException {
    EncodedBody.Representation chosen = body.choose(request.getHeader("Accept-Encoding"));
    response.setHeader("Vary", "Accept-Encoding");
    response.setHeader("ETag", chosen.etag());
    response.setHeader("Cache-Control", cacheControl);
    if (Etags.matches(request.getHeader("If-None-Match"), chosen.etag())) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(contentType);
    if (chosen.contentEncoding() != null) {
      response.setHeader("Content-Encoding", chosen.contentEncoding());
    }
    response.setContentLength(chosen.bytes().length);
    response.getOutputStream().write(chosen.bytes());
  }
}

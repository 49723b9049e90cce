package org.specworks.cms.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The site's friendly 404, in the site's layout, never cached. */
final class NotFound {

  private NotFound() {}

  static void send(HttpServletRequest request, HttpServletResponse response, SiteLayout layout)
      throws IOException {
    send(
        request,
        response,
        layout,
        "There is no published page at this address. Start again from the About page.");
  }

  static void send(
      HttpServletRequest request, HttpServletResponse response, SiteLayout layout, String message)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(layout.message("Page not found", message, request.getContextPath()));
  }
}

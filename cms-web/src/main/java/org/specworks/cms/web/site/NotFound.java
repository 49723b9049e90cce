package org.specworks.cms.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The site's friendly 404, in the site's layout with its navigation, never cached. */
final class NotFound {

  private NotFound() {}

  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      SiteLayout layout,
      SiteNavigation navigation)
      throws IOException {
    send(
        request,
        response,
        layout,
        navigation,
        "There is no published page at this address. Start again from the About page.");
  }

  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      SiteLayout layout,
      SiteNavigation navigation,
      String message)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            layout.message(
                "Page not found",
                message,
                navigation.links(request.getContextPath()),
                request.getContextPath()));
  }
}

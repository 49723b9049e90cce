package org.specworks.cms.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The admin page a person asked for before being sent to sign in, so that signing in takes them
 * there. Only a plain GET of an admin page of this application is remembered: a form post cannot be
 * replayed safely, and anything else would make the sign-in page an open redirect.
 */
final class PageAfterSignIn {

  private static final String ATTRIBUTE = "cms.pageAfterSignIn";

  private PageAfterSignIn() {}

  static void remember(HttpServletRequest request) {
    String adminPages = request.getContextPath() + "/admin/";
    String uri = request.getRequestURI();
    if (!"GET".equals(request.getMethod())
        || !uri.startsWith(adminPages)
        || uri.contains("//")
        || uri.contains("\\")) {
      return;
    }
    String query = request.getQueryString();
    request.getSession().setAttribute(ATTRIBUTE, query == null ? uri : uri + "?" + query);
  }

  /** The remembered page, forgotten as it is taken. */
  static Optional<String> take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object page = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return Optional.ofNullable((String) page);
  }
}

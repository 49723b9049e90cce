package org.specworks.cms.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A form posted with a view state the server does not hold for this session (the session ended, or
 * the post was forged or replayed from another session), or one this session was given for another
 * page ({@link IssuedViewStates}), is refused as a 400 with a page that says what to do, instead of
 * a generic server error. Nothing of the post is applied: it is refused before any value reaches a
 * bean.
 */
@WebFilter(filterName = "expiredForms", servletNames = "Faces Servlet")
public class ExpiredFormFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/WEB-INF/errors/expired.html";

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (isForAnotherPage(request)) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException failure) {
      if (!isExpiredView(failure) || response.isCommitted()) {
        throw failure;
      }
      response.resetBuffer();
      refuse(request, response);
    }
  }

  private static boolean isForAnotherPage(HttpServletRequest request)
      throws java.io.UnsupportedEncodingException {
    if (!"POST".equals(request.getMethod())) {
      return false;
    }
    HttpSession session = request.getSession(false);
    if (session != null && request.getCharacterEncoding() == null) {
      // Reading a parameter parses the whole body: before Faces has set UTF-8 the container would
      // parse it as ISO-8859-1, and typographic quotes in a saved text came back mangled.
      request.setCharacterEncoding("UTF-8");
    }
    String token = session == null ? null : request.getParameter(VIEW_STATE);
    if (token == null) {
      return false;
    }
    return IssuedViewStates.of(session)
        .pageOf(token)
        .filter(page -> !page.equals(request.getServletPath()))
        .isPresent();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("text/html;charset=UTF-8");
    request.getRequestDispatcher(PAGE).include(request, response);
  }

  private static boolean isExpiredView(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }
}

package org.specworks.cms.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects name only the path: the container would make a redirect's {@code Location} absolute
 * with the request's {@code Host} header, which the client chooses (a forged Host sent readers of a
 * poisoned cache to another site). A relative {@code Location} is standard HTTP (RFC 9110 10.2.2)
 * and right behind any proxy. Mapped first in web.xml, so every later filter and servlet redirects
 * through it.
 */
@WebFilter(filterName = "relativeRedirects")
public class RelativeRedirects extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new PathOnlyRedirects(response));
  }

  private static final class PathOnlyRedirects extends HttpServletResponseWrapper {

    PathOnlyRedirects(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      if (isCommitted()) {
        throw new IllegalStateException("The response was already sent: no redirect possible.");
      }
      resetBuffer();
      setStatus(SC_FOUND);
      setHeader("Location", location);
      flushBuffer();
    }
  }
}

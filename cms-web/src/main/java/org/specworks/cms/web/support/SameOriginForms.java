package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff forms are accepted only when the browser says they come from this site. A browser names the
 * page a post comes from in {@code Origin} (or, failing that, {@code Referer}), and no page of
 * another site can change that; the view state already ties a form to its session, and this second
 * check refuses a cross-site post even if a view state leaked. A post naming another site is
 * answered 403 before Faces sees it, so nothing of it is applied. A post naming nothing (some
 * privacy settings strip both) is left to the view state.
 */
@WebFilter(filterName = "sameOriginForms", servletNames = "Faces Servlet")
public class SameOriginForms extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/WEB-INF/errors/foreign-form.html";

  @Inject private PublicAddress address;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod()) || comesFromThisSite(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    request.getRequestDispatcher(PAGE).include(request, response);
  }

  private boolean comesFromThisSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      String referer = request.getHeader("Referer");
      if (referer == null) {
        return true;
      }
      origin = referer;
    }
    Optional<URI> from = parse(origin);
    if (from.isEmpty()) {
      return false; // "null" (a sandboxed or privacy-redirected page) or garbage: not this site
    }
    return sameHost(from.get(), request.getHeader("Host"))
        || parse(address.base("")).map(site -> sameOrigin(from.get(), site)).orElse(false);
  }

  /** Scheme aside: behind a TLS proxy the server sees http while the browser names https. */
  private static boolean sameHost(URI from, String host) {
    return host != null && hostAndPort(from).equals(host.toLowerCase(Locale.ROOT));
  }

  private static boolean sameOrigin(URI from, URI site) {
    return from.getScheme().equalsIgnoreCase(site.getScheme())
        && hostAndPort(from).equals(hostAndPort(site));
  }

  private static String hostAndPort(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  private static Optional<URI> parse(String address) {
    try {
      URI uri = URI.create(address.strip());
      return uri.getScheme() == null || uri.getHost() == null ? Optional.empty() : Optional.of(uri);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}

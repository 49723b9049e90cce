package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries. The public site gets a strict Content-Security-Policy (it serves
 * no script at all). Faces pages (sign-in and admin) get a policy against framing, base and form
 * hijacking here, while their script policy comes from PrimeFaces' CSP support, which needs
 * per-request nonces; browsers enforce both.
 *
 * <p>Staff pages (sign-in and admin) must never be stored: not by a shared cache, and not by the
 * browser, whose Back button would otherwise show an accounts list after sign-out. Faces resources
 * (PrimeFaces' scripts and styles, {@code /jakarta.faces.resource/}) are the exception: they are
 * the same for everyone, hold no staff data, and re-downloading them on every admin page would only
 * be slower.
 */
@WebFilter(
    filterName = "securityHeaders",
    urlPatterns = "/*",
    // ERROR too: the pages the container shows for a 403 or 405 never passed a REQUEST filter.
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String SITE_CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /**
   * Everything from this site only; styles may be inline because PrimeFaces writes style
   * attributes. Inline scripts pass this policy but not PrimeFaces' own header ({@code script-src
   * 'self' 'nonce-…'}): browsers enforce both, so only scripts carrying the request's nonce run.
   */
  static final String FACES_CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; "
          + "font-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
          + "object-src 'none'";

  /**
   * Seconds browsers should insist on HTTPS ({@code Strict-Transport-Security}); 0, the default,
   * sends no such header, since the embedded default serves plain HTTP on loopback. Set it where
   * TLS is in front.
   */
  @Inject
  @ConfigProperty(name = "cms.security.hsts-max-age", defaultValue = "0")
  private long hstsMaxAge;

  static boolean isStaff(String path) {
    return (path.equals("/admin") || path.startsWith("/admin/") || path.endsWith(".xhtml"))
        && !path.startsWith(FACES_RESOURCES);
  }

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  private static boolean isFaces(String path) {
    return path.startsWith("/admin/")
        || path.endsWith(".xhtml")
        || path.startsWith(FACES_RESOURCES);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response, hstsMaxAge);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers for {@code request}'s answer. Also called by the sign-in mechanism, which
   * answers some requests (the redirect to sign in) before any filter runs.
   */
  public static void apply(
      HttpServletRequest request, HttpServletResponse response, long hstsMaxAge) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    // On an error page, the address that failed decides, not the error page's own.
    String uri =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
            ? failed
            : request.getRequestURI();
    String path =
        uri.startsWith(request.getContextPath())
            ? uri.substring(request.getContextPath().length())
            : uri;
    response.setHeader("Content-Security-Policy", isFaces(path) ? FACES_CSP : SITE_CSP);
    if (isStaff(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (hstsMaxAge > 0) {
      response.setHeader(
          "Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
    }
  }
}

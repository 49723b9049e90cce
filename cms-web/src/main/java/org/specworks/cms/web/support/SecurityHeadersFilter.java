package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
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
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
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

  private static boolean isFaces(String path) {
    return path.startsWith("/admin/")
        || path.endsWith(".xhtml")
        || path.startsWith("/jakarta.faces.resource/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("Content-Security-Policy", isFaces(path) ? FACES_CSP : SITE_CSP);
    if (hstsMaxAge > 0) {
      response.setHeader(
          "Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}

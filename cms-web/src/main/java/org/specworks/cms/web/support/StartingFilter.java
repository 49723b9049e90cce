package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers 503 Service Unavailable with {@code Retry-After} while the CMS is starting ({@link
 * StartupGate}), so visitors, edge caches and load balancers see "come back shortly" rather than a
 * 404 or 500. A request that arrives in the last seconds of the warming waits for it instead.
 * Declared first in web.xml: nothing else runs for a refused request.
 */
public class StartingFilter extends HttpFilter {

  /** What a visitor's request waits, at most, for a warming about to end. */
  static final Duration PATIENCE = Duration.ofSeconds(5);

  static final String RETRY_AFTER_SECONDS = "5";

  @Inject private StartupGate gate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> starting =
        gate.whyNotReady(
            request.getRequestURI().substring(request.getContextPath().length()), PATIENCE);
    if (starting.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("The site is starting (" + starting.get() + "); please try again in a few seconds.\n")
                .getBytes(StandardCharsets.UTF_8));
  }
}

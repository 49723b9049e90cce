package org.specworks.cms.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the CMS may answer requests yet. The seed import (or an archive import) and the schema
 * migration finish before the application serves at all; the page and API caches are composed just
 * after ({@link WarmStart}). Until then every request is answered 503 with {@code Retry-After}
 * ({@link StartingFilter}) instead of a page composed half-way, a 404 or a 500.
 */
@ApplicationScoped
public class StartupGate {

  @Inject private WarmStart warmStart;

  /**
   * Why the CMS cannot answer a request for {@code path} yet, after waiting at most {@code
   * patience} for it; empty when it can. The same for every path.
   */
  public Optional<String> whyNotReady(String path, Duration patience) {
    return warmStart.awaitDone(patience)
        ? Optional.empty()
        : Optional.of("composing pages (" + warmStart.state().detail() + ")");
  }
}

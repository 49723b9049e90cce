package org.specworks.cms.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.specworks.cms.web.support.StartupGate;

/**
 * The start-up gate in tests: the real one, unless a test holds it, which makes the running CMS
 * answer as it does while it is still starting. Deployed with the tests only, as MovableClock is.
 * Unheld, a request waits for the warm start however long it takes on a loaded machine: tests that
 * run right after the deployment get pages, not a 503 that only StartingIT asks for.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class HeldStartupGate extends StartupGate {

  private static final Duration WARMING_AT_MOST = Duration.ofMinutes(2);

  private final AtomicBoolean held = new AtomicBoolean();

  /** From now on the CMS answers as if it were still starting. */
  public void hold() {
    held.set(true);
  }

  public void release() {
    held.set(false);
  }

  /** Arquillian's own requests (running in-container test methods) pass, so a test can release. */
  @Override
  public Optional<String> whyNotReady(String path, Duration patience) {
    return held.get() && !path.startsWith("/ArquillianServletRunner")
        ? Optional.of("held by a test")
        : super.whyNotReady(path, WARMING_AT_MOST);
  }
}

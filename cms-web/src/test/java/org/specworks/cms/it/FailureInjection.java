package org.specworks.cms.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Makes publishing fail or slow down in the middle, inside the publishing transaction: an observer
 * of the event every publication fires, throwing for armed paths, or pausing in every publication
 * of this process. Deployed with the tests only.
 */
@ApplicationScoped
public class FailureInjection {

  private final Set<String> armed = ConcurrentHashMap.newKeySet();
  private volatile Duration pause = Duration.ZERO;

  /** Every publication of the item at {@code path} fails until {@link #disarm}. */
  public void failPublishing(String path) {
    armed.add(path);
  }

  public void disarm(String path) {
    armed.remove(path);
  }

  /**
   * Every publication in this process takes {@code pause} longer, as on a loaded machine, until
   * reset.
   */
  public void slowDownPublishing(Duration pause) {
    this.pause = pause;
  }

  public void stopSlowingDown() {
    pause = Duration.ZERO;
  }

  void onPublished(@Observes RevisionPublished published) throws InterruptedException {
    if (!pause.isZero()) {
      Thread.sleep(pause.toMillis());
    }
    if (published.path() != null && armed.contains(published.path())) {
      throw new IllegalStateException("Injected failure while publishing " + published.path());
    }
  }
}

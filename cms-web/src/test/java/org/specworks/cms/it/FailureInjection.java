package org.specworks.cms.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Makes publishing fail in the middle, inside the publishing transaction: an observer of the event every
 * publication fires, throwing for armed paths. Deployed with the tests only.
 */
@ApplicationScoped
public class FailureInjection {

  private final Set<String> armed = ConcurrentHashMap.newKeySet();

  /** Every publication of the item at {@code path} fails until {@link #disarm}. */
  public void failPublishing(String path) {
    armed.add(path);
  }

  public void disarm(String path) {
    armed.remove(path);
  }

  void onPublished(@Observes RevisionPublished published) {
    if (published.path() != null && armed.contains(published.path())) {
      throw new IllegalStateException("Injected failure while publishing " + published.path());
    }
  }
}

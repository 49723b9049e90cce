package org.specworks.cms.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.specworks.cms.web.cache.ResponseComposed;

/**
 * Holds one public response (a page or an API response) between being composed and being cached, so
 * a test can commit a publication in exactly that moment. Deployed with the tests only.
 */
@ApplicationScoped
public class CompositionPause {

  private volatile String key;
  private volatile CountDownLatch composed = new CountDownLatch(1);
  private volatile CountDownLatch resume = new CountDownLatch(1);

  /**
   * The next composition of the response with this cache key (context path + page path, or the API
   * address) waits for {@link #resume}.
   */
  public void holdNext(String cacheKey) {
    composed = new CountDownLatch(1);
    resume = new CountDownLatch(1);
    key = cacheKey;
  }

  /** Waits until the held page was composed (and not yet cached). */
  public void awaitComposed() throws InterruptedException {
    if (!composed.await(20, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the page " + key + " was never composed");
    }
  }

  public void resume() {
    key = null;
    resume.countDown();
  }

  void onComposed(@Observes ResponseComposed page) throws InterruptedException {
    if (page.key().equals(key)) {
      composed.countDown();
      if (!resume.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("nobody resumed the composition of " + page.key());
      }
    }
  }
}

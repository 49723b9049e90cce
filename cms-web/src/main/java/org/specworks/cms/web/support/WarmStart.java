package org.specworks.cms.web.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.web.api.ApiResponses;
import org.specworks.cms.web.site.SitePages;
import org.specworks.cms.web.site.TableQuery;

/**
 * Composes the public pages and the API's item responses right after start-up, in the background,
 * so the first visitors after a deploy do not pay for it; readiness ({@link HealthChecks}) stays
 * DOWN until it is done. A failure is logged and ends the warming: an instance that could not warm
 * still serves, composing on demand.
 */
@ApplicationScoped
public class WarmStart {

  private static final Logger LOG = Logger.getLogger(WarmStart.class.getName());
  private static final int API_PAGE = 100;

  /** Where the warming stands; {@code done} also after a failure, which {@code detail} names. */
  public record State(boolean done, String detail) {}

  @Inject private SitePages pages;
  @Inject private ApiResponses api;
  @Inject private LiveContent live;
  @Inject private ContentService content;

  @Resource private ManagedExecutorService executor;

  private final AtomicReference<State> state =
      new AtomicReference<>(new State(false, "not started"));
  private final CountDownLatch done = new CountDownLatch(1);

  void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    String contextPath = context.getContextPath();
    state.set(new State(false, "warming"));
    executor.execute(() -> warm(contextPath));
  }

  public State state() {
    return state.get();
  }

  /** Waits at most {@code patience} for the warming to end; whether it has. */
  public boolean awaitDone(Duration patience) {
    try {
      return done.await(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return state().done();
    }
  }

  private void warm(String contextPath) {
    try {
      compose(contextPath);
    } finally {
      // Also after an Error: the site answers 503 until this (StartupGate).
      if (!state.get().done()) {
        state.set(new State(true, "ended without composing"));
      }
      done.countDown();
    }
  }

  private void compose(String contextPath) {
    long start = System.nanoTime();
    try {
      int composed = 0;
      for (String path : live.livePagePaths()) {
        pages.page(ContentPath.of(path), contextPath, TableQuery.NONE);
        composed++;
      }
      for (String policy : content.livePathsOf(ContentType.POLICY)) {
        pages.page(ContentPath.of(policy), contextPath, TableQuery.NONE);
        composed++;
      }
      int items = 0;
      for (int page = 0; ; page++) {
        List<LiveItem> slice = live.liveItems(Optional.empty(), page, API_PAGE).items();
        for (LiveItem item : slice) {
          api.item(ContentPath.of(item.path()));
          items++;
        }
        if (slice.size() < API_PAGE) {
          break;
        }
      }
      api.list(Optional.empty(), 0, 20);
      String detail =
          composed
              + " pages and "
              + items
              + " API items in "
              + Duration.ofNanos(System.nanoTime() - start).toMillis()
              + " ms";
      state.set(new State(true, detail));
      LOG.info(() -> "Warm start: composed " + detail);
    } catch (RuntimeException e) {
      state.set(new State(true, "failed: " + e));
      LOG.log(
          Level.WARNING,
          e,
          () -> "Warm start failed; pages and API responses are composed on first request instead");
    }
  }
}

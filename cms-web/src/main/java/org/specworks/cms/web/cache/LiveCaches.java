package org.specworks.cms.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToLongFunction;
import org.specworks.cms.cluster.LiveChanged;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.monitoring.CmsMetrics;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Every cache of public responses, and the one observer that drops from all of them what a
 * publication changed, after it committed, on this instance or another ({@link LiveChanged}); then
 * it tells the edge caches ({@link LiveCachesDropped}).
 */
@ApplicationScoped
public class LiveCaches {

  @Inject private LiveContent live;
  @Inject private Event<ResponseComposed> composed;
  @Inject private Event<LiveCachesDropped> dropped;
  @Inject private CmsMetrics metrics;
  @Inject private Clock clock;

  private final List<LiveCache<?>> caches = new CopyOnWriteArrayList<>();

  /**
   * A new cache, dropped from on every publication.
   *
   * @param name what the cache holds, e.g. "pages"
   * @param maxWeight what the cache holds at most, measured by {@code weigher} (e.g. bytes)
   */
  public <V> LiveCache<V> create(String name, long maxWeight, ToLongFunction<V> weigher) {
    LiveCache<V> cache =
        new LiveCache<>(
            name,
            maxWeight,
            weigher,
            key -> composed.fire(new ResponseComposed(key)),
            metrics.responseCache(name),
            clock);
    caches.add(cache);
    return cache;
  }

  /**
   * Drops on every instance; the edge caches are told by the instance that committed the change
   * only, so they are purged once, not once per instance.
   */
  void drop(@Observes LiveChanged change) {
    RevisionPublished published = change.change();
    // Every page shows the navigation and so reads every page: no need to look up a page's listing.
    Optional<String> listedOn =
        published.type() == ContentType.PAGE
            ? Optional.empty()
            : live.pageListing(ContentPath.of(published.path())).map(ContentPath::value);
    caches.forEach(cache -> cache.drop(published, listedOn));
    if (change.committedHere()) {
      dropped.fire(new LiveCachesDropped(published));
    }
  }
}

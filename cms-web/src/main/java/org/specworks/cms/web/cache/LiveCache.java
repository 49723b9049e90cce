package org.specworks.cms.web.cache;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.specworks.cms.monitoring.CacheOutcomes;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Composed public responses by key, each with what it read, kept until a publication changes
 * something it read ({@link LiveCaches} drops them). Made by {@link LiveCaches#create}.
 *
 * @param <V> the response kept
 */
public final class LiveCache<V> {

  private final String name;
  private final long maxWeight;
  private final ToLongFunction<V> weigher;
  private final Consumer<String> beforeStore;
  private final CacheOutcomes outcomes;
  private final Clock clock;

  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
  // Counts publications; a response composed while one committed may show what was live before it.
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong weight = new AtomicLong();

  private record Entry<V>(V value, ResponseReads reads, long weight) {}

  LiveCache(
      String name,
      long maxWeight,
      ToLongFunction<V> weigher,
      Consumer<String> beforeStore,
      CacheOutcomes outcomes,
      Clock clock) {
    this.name = name;
    this.maxWeight = maxWeight;
    this.weigher = weigher;
    this.beforeStore = beforeStore;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * The response cached under {@code key}, or else the one {@code compose} makes (from what it
   * records in the reads it is given), then kept. Nothing is kept when {@code compose} finds
   * nothing, or when the cache holds its maximum weight already (the response is still served). The
   * one place where a hit or a miss is decided; a response past the moment its reads were valid
   * until ({@link ResponseReads#validUntil}) is a miss.
   */
  public Optional<V> get(String key, Function<ResponseReads, Optional<V>> compose) {
    Entry<V> cached = entries.get(key);
    if (cached != null && cached.reads().expiredAt(clock.instant())) {
      remove(key, cached);
      cached = null;
    }
    outcomes.count(cached != null);
    if (cached != null) {
      return Optional.of(cached.value());
    }
    long before = generation.get();
    ResponseReads reads = new ResponseReads();
    Optional<V> composed = compose.apply(reads);
    composed.ifPresent(
        value -> store(key, new Entry<>(value, reads, weigher.applyAsLong(value)), before));
    return composed;
  }

  /**
   * Caches the response unless a publication committed since its composition began. Stores first
   * and checks after: a drop counts up before it removes entries, so it either sees this entry and
   * removes it, or this check sees its count and takes the entry back. Checking before storing
   * would leave a window in which a stale response stays cached for good.
   */
  private void store(String key, Entry<V> entry, long generationAtStart) {
    beforeStore.accept(key);
    if (weight.get() + entry.weight() > maxWeight) {
      return;
    }
    Entry<V> previous = entries.put(key, entry);
    weight.addAndGet(entry.weight() - (previous == null ? 0 : previous.weight()));
    if (generation.get() != generationAtStart) {
      remove(key, entry);
    }
  }

  /** Drops every response that showed {@code published}. */
  void drop(RevisionPublished published, Optional<String> listedOn) {
    generation.incrementAndGet();
    entries.forEach(
        (key, entry) -> {
          if (entry.reads().dependOn(published, listedOn)) {
            remove(key, entry);
          }
        });
  }

  private void remove(String key, Entry<V> entry) {
    if (entries.remove(key, entry)) {
      weight.addAndGet(-entry.weight());
    }
  }

  /** How many responses are held; for tests and monitoring. */
  public int size() {
    return entries.size();
  }

  /** The name given at creation, e.g. "pages". */
  public String name() {
    return name;
  }
}

package org.specworks.cms.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * The CMS's own counters, in the application registry ({@code /metrics?scope=application} on the
 * management port). Counters are per instance, as Prometheus expects: a dashboard sums them over
 * instances. Each is counted where the event is certain (publications after their commit), so a
 * rolled-back attempt is never counted as done.
 */
@ApplicationScoped
public class CmsMetrics {

  static final String PUBLICATIONS = "cms.publications";
  static final String SCHEDULE_FAILURES = "cms.schedule.failures";
  static final String RESPONSE_CACHE = "cms.response.cache";
  static final String PURGE_FAILURES = "cms.edge.cache.purge.failures";
  static final String SIGN_IN_FAILURES = "cms.sign.in.failures";
  static final String CLUSTER_MESSAGES = "cms.cluster.messages";
  static final String SAFETY_NET_CATCH_UPS = "cms.cluster.safety.net.catch.ups";
  private static final String[] MESSAGE_RESULTS = {"sent", "received", "dropped", "unreadable"};

  @Inject private MetricRegistry registry;

  /**
   * Every counter exists, at zero, from start-up: a scraper then sees a series from its first
   * scrape (a rate over a counter that appears at 1 would miss that first event).
   */
  void registerAll(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (ContentType type : ContentType.values()) {
      for (String kind : new String[] {"publish", "unpublish"}) {
        publications(type, kind);
      }
    }
    scheduleFailures(true);
    scheduleFailures(false);
    purgeFailures();
    signInFailures();
    for (String result : MESSAGE_RESULTS) {
      clusterMessages(result);
    }
    safetyNetCatchUps();
  }

  /** Publications and unpublications, counted once their transaction committed. */
  void publicationCommitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionPublished published) {
    publications(published.type(), published.revisionId() == null ? "unpublish" : "publish").inc();
  }

  /**
   * A scheduled run that failed: {@code retrying} when another attempt follows, else it gave up.
   */
  public void scheduleFailed(boolean retrying) {
    scheduleFailures(retrying).inc();
  }

  /**
   * Counts the public requests the response cache {@code cache} (pages, API items, API lists)
   * answered ({@code hit}) or had to compose ({@code miss}); the counters are looked up once, since
   * they count on every public request.
   */
  public CacheOutcomes responseCache(String cache) {
    String description =
        "Public requests answered from a response cache (hit) or composed (miss), by cache";
    Counter hits = counter(RESPONSE_CACHE, description, new Tag("cache", cache), result("hit"));
    Counter misses = counter(RESPONSE_CACHE, description, new Tag("cache", cache), result("miss"));
    return hit -> (hit ? hits : misses).inc();
  }

  private static Tag result(String result) {
    return new Tag("result", result);
  }

  /** Addresses an edge cache could not purge after all retries. */
  public void purgeFailed(int addresses) {
    purgeFailures().inc(addresses);
  }

  /** A sign-in refused for a wrong user name or password. */
  public void signInFailed() {
    signInFailures().inc();
  }

  /**
   * A message about a live change on the data grid: {@code sent} by this instance, {@code received}
   * from another, {@code dropped} on purpose (fault injection), {@code unreadable}.
   */
  public void clusterMessage(String result) {
    clusterMessages(result).inc();
  }

  /** Changes the safety net found that no message had told this instance of. */
  public void safetyNetCaughtUp(int changes) {
    safetyNetCatchUps().inc(changes);
  }

  private Counter clusterMessages(String result) {
    return counter(
        CLUSTER_MESSAGES,
        "Messages about live changes on the data grid, by result",
        result(result));
  }

  private Counter safetyNetCatchUps() {
    return counter(
        SAFETY_NET_CATCH_UPS,
        "Live changes this instance learned from the database because no message told of them");
  }

  private Counter publications(ContentType type, String kind) {
    return counter(
        PUBLICATIONS,
        "Items published or unpublished (committed), by content type and kind",
        new Tag("type", type.name().toLowerCase(Locale.ROOT)),
        new Tag("kind", kind));
  }

  private Counter scheduleFailures(boolean retrying) {
    return counter(
        SCHEDULE_FAILURES,
        "Failed attempts of scheduled publications, by outcome",
        new Tag("outcome", retrying ? "retrying" : "gave_up"));
  }

  private Counter purgeFailures() {
    return counter(
        PURGE_FAILURES,
        "Addresses an edge cache still had not purged after every retry (they expire by TTL)");
  }

  private Counter signInFailures() {
    return counter(SIGN_IN_FAILURES, "Sign-ins refused for a wrong user name or password");
  }

  private Counter counter(String name, String description, Tag... tags) {
    return registry.counter(
        Metadata.builder().withName(name).withDescription(description).build(), tags);
  }
}

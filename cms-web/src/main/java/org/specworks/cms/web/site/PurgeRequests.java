package org.specworks.cms.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.specworks.cms.monitoring.CmsMetrics;

/**
 * Sends {@code PURGE} requests to edge caches. A cache that refuses or cannot be reached is asked
 * again for what failed after 1, 5 and 25 s; each failure is logged, and giving up is logged as an
 * error naming the addresses that may stay stale (until the cache's own limit, a day in {@code
 * docker/varnish/default.vcl}). Every purge is sent a second time after a short pause: a cache that
 * was fetching a page while the publication committed may have stored the old page after the first
 * purge.
 */
@ApplicationScoped
public class PurgeRequests {

  private static final Logger LOG = Logger.getLogger(PurgeRequests.class.getName());
  static final List<Duration> RETRY_DELAYS =
      List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(25));
  static final Duration SECOND_PASS = Duration.ofSeconds(2);

  /** Runs a task after a delay (zero: as soon as possible); tests run them by hand. */
  interface Later {
    void run(Duration delay, Runnable task);
  }

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private CmsMetrics metrics;

  private Later later;
  // Told how many addresses were given up on, for the operators' metrics.
  private IntConsumer gaveUp;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  public PurgeRequests() {}

  /** For tests outside the container. */
  PurgeRequests(Later later, IntConsumer gaveUp) {
    this.later = later;
    this.gaveUp = gaveUp;
  }

  @PostConstruct
  void useManagedExecutor() {
    gaveUp = metrics::purgeFailed;
    later =
        (delay, task) -> {
          if (delay.isZero()) {
            executor.execute(task);
          } else {
            executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
          }
        };
  }

  /**
   * Purges {@code addresses} (absolute paths) from each cache in the background.
   *
   * @param cause what was published, for the log
   */
  public void send(List<URI> caches, Collection<String> addresses, String cause) {
    for (URI cache : caches) {
      List<String> all = List.copyOf(addresses);
      later.run(Duration.ZERO, () -> attempt(cache, all, cause, 0));
      later.run(SECOND_PASS, () -> attempt(cache, all, cause, 0));
    }
  }

  private void attempt(URI cache, List<String> addresses, String cause, int retriesDone) {
    List<String> failed = new ArrayList<>();
    String problem = null;
    for (String address : addresses) {
      if (problem != null && problem.startsWith("unreachable")) {
        failed.add(address);
        continue;
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(cache.resolve(address.substring(1)))
                    .timeout(Duration.ofSeconds(10))
                    .method("PURGE", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() / 100 != 2) {
          failed.add(address);
          problem = "answered " + answer.statusCode();
        }
      } catch (IOException e) {
        failed.add(address);
        problem = "unreachable: " + e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (failed.isEmpty()) {
      LOG.fine(() -> "Purged " + addresses.size() + " addresses at " + cache + " for " + cause);
      return;
    }
    String reason = problem;
    if (retriesDone < RETRY_DELAYS.size()) {
      Duration delay = RETRY_DELAYS.get(retriesDone);
      LOG.warning(
          () ->
              "Edge cache "
                  + cache
                  + " "
                  + reason
                  + " purging "
                  + failed
                  + " after publishing "
                  + cause
                  + "; trying again in "
                  + delay.toSeconds()
                  + " s");
      later.run(delay, () -> attempt(cache, failed, cause, retriesDone + 1));
      return;
    }
    gaveUp.accept(failed.size());
    LOG.severe(
        () ->
            "Edge cache "
                + cache
                + " "
                + reason
                + ": gave up purging "
                + failed
                + " after publishing "
                + cause
                + " ("
                + (retriesDone + 1)
                + " attempts). These addresses may show the previous content until the cache drops"
                + " them; purge them by hand (curl -X PURGE).");
  }
}

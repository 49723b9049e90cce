package org.specworks.cms.testing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load of public requests at a steady rate, as readers behind a load balancer send them:
 * {@code requests} GETs spread evenly over {@code duration}, round-robin over {@code paths}, each a
 * failure unless answered 200. Runs in the background until {@link #await()}.
 */
public final class SteadyLoad {

  /** What the load saw: requests sent, and what each failed one got. */
  public record Outcome(int sent, List<String> failures) {}

  private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService senders = Executors.newFixedThreadPool(16);
  private final Queue<Future<?>> inFlight = new ConcurrentLinkedQueue<>();
  private final Queue<String> failures = new ConcurrentLinkedQueue<>();
  private final AtomicInteger sent = new AtomicInteger();
  private final int requests;
  private final Duration duration;

  private SteadyLoad(SiteClient site, List<String> paths, int requests, Duration duration) {
    this.requests = requests;
    this.duration = duration;
    long everyMicros = duration.toNanos() / 1000 / requests;
    pacer.scheduleAtFixedRate(
        () -> {
          int n = sent.getAndIncrement();
          if (n >= requests) {
            pacer.shutdown();
            return;
          }
          String path = paths.get(n % paths.size());
          inFlight.add(senders.submit(() -> send(site, path)));
        },
        0,
        everyMicros,
        TimeUnit.MICROSECONDS);
  }

  public static SteadyLoad start(
      SiteClient site, List<String> paths, int requests, Duration duration) {
    return new SteadyLoad(site, paths, requests, duration);
  }

  private void send(SiteClient site, String path) {
    try {
      HttpResponse<String> response = site.get(path);
      if (response.statusCode() != 200) {
        failures.add(path + ": " + response.statusCode());
      }
    } catch (RuntimeException e) {
      failures.add(path + ": " + e);
    }
  }

  /** Waits until every request was sent and answered (or failed). */
  public Outcome await() throws InterruptedException {
    if (!pacer.awaitTermination(duration.toSeconds() * 2 + 30, TimeUnit.SECONDS)) {
      pacer.shutdownNow();
    }
    senders.shutdown();
    if (!senders.awaitTermination(120, TimeUnit.SECONDS)) {
      senders.shutdownNow();
      failures.add("requests still unanswered after two minutes");
    }
    return new Outcome(Math.min(sent.get(), requests), List.copyOf(failures));
  }
}

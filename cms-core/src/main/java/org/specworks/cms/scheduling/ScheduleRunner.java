package org.specworks.cms.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls for due schedules on the server's managed scheduled executor. The first poll right after
 * start-up runs whatever fell due while the server was down (each says how late it ran). Within one
 * instance polls never overlap; across instances the row locks of {@link ScheduledRun} keep every
 * schedule to one run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScheduleRunner {

  private static final Logger LOG = Logger.getLogger(ScheduleRunner.class.getName());
  private static final int BATCH = 50;

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private ScheduledRun run;

  @Inject
  @ConfigProperty(name = "cms.schedules.poll-seconds", defaultValue = "30")
  private int pollSeconds;

  @Inject
  @ConfigProperty(name = "cms.schedules.first-poll-seconds", defaultValue = "10")
  private int firstPollSeconds;

  private final ReentrantLock polling = new ReentrantLock();
  private ScheduledFuture<?> poller;
  private volatile Instant startedAt = Instant.now();
  private volatile Instant lastPoll;

  @PostConstruct
  void start() {
    startedAt = Instant.now();
    if (pollSeconds > 0) {
      poller =
          executor.scheduleWithFixedDelay(
              this::pollQuietly, firstPollSeconds, pollSeconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /**
   * Runs every schedule that is due now, one transaction each; waits for a poll already running in
   * this instance.
   *
   * @return how many schedules this call finished, failed or rescheduled
   */
  public int runDue() {
    polling.lock();
    try {
      int handled = 0;
      for (ScheduledRun.Due due : run.due(BATCH)) {
        try {
          if (run.runIfDue(due.id()).isPresent()) {
            handled++;
          }
        } catch (RuntimeException failure) {
          if (run.recordFailure(due, reasonOf(failure)).isPresent()) {
            handled++;
          }
        }
      }
      return handled;
    } finally {
      polling.unlock();
    }
  }

  private void pollQuietly() {
    try {
      runDue();
      lastPoll = Instant.now();
    } catch (RuntimeException unexpected) {
      // The next poll tries again; a poll must never kill the periodic task.
      LOG.log(Level.WARNING, "Polling schedules failed", unexpected);
    }
  }

  /**
   * Whether the poller runs as configured at {@code now}: a poll finished within three poll
   * intervals (or, before the first one, start-up was less than the first delay plus three
   * intervals ago). Always true with polling off ({@code cms.schedules.poll-seconds} 0).
   */
  public PollerState pollerState(Instant now) {
    if (pollSeconds <= 0) {
      return new PollerState(true, "polling is off (cms.schedules.poll-seconds=0)");
    }
    Duration allowed = Duration.ofSeconds(3L * pollSeconds);
    Instant last = lastPoll;
    if (last == null) {
      boolean starting = now.isBefore(startedAt.plusSeconds(firstPollSeconds).plus(allowed));
      return new PollerState(starting, starting ? "first poll pending" : "no poll finished yet");
    }
    boolean recent = !now.isAfter(last.plus(allowed));
    return new PollerState(recent, "last poll finished " + last);
  }

  /** Whether schedules are being polled, and what tells so. */
  public record PollerState(boolean polling, String detail) {}

  /** The innermost message: what went wrong, without the container's wrapping. */
  static String reasonOf(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof EJBException || cause.getMessage() == null)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return Optional.ofNullable(cause.getMessage()).orElse(cause.getClass().getSimpleName());
  }
}

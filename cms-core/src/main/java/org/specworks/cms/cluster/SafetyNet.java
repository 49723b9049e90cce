package org.specworks.cms.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.cluster.LiveChanged.Origin;
import org.specworks.cms.monitoring.CmsMetrics;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Catches up on changes no message told this instance of: every {@code
 * cms.cluster.safety-net-seconds} it compares a digest of the database's live state with what it
 * knows, and only when they differ reads the items and fires {@link LiveChanged} for each that
 * changed. So a lost message leaves a page stale for one interval at most, never for good. Runs
 * without a grid too: instances wrongly started without clustering on one database still converge.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ArchiveImportOnStartup"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SafetyNet {

  private static final Logger LOG = Logger.getLogger(SafetyNet.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private LiveStateReads database;
  @Inject private KnownLiveState known;
  @Inject private Event<LiveChanged> changed;
  @Inject private CmsMetrics metrics;

  @Inject
  @ConfigProperty(name = "cms.cluster.safety-net-seconds", defaultValue = "5")
  private int seconds;

  private final ReentrantLock checking = new ReentrantLock();
  private ScheduledFuture<?> poller;

  @PostConstruct
  void start() {
    known.startFrom(database.items());
    if (seconds > 0) {
      poller =
          executor.scheduleWithFixedDelay(this::checkQuietly, seconds, seconds, TimeUnit.SECONDS);
    }
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
  }

  /**
   * Compares now; fires {@link LiveChanged} for each change missed.
   *
   * @return how many changes were missed
   */
  public int check() {
    checking.lock();
    try {
      if (database.fingerprint().equals(known.fingerprint())) {
        return 0;
      }
      List<RevisionPublished> missed = known.catchUpWith(database.items());
      missed.forEach(change -> changed.fire(new LiveChanged(change, Origin.SAFETY_NET)));
      if (!missed.isEmpty()) {
        metrics.safetyNetCaughtUp(missed.size());
        LOG.info(
            () ->
                "Caught up on "
                    + missed.size()
                    + " change(s) no message told of, e.g. "
                    + missed.stream().limit(3).map(RevisionPublished::path).toList());
      }
      return missed.size();
    } finally {
      checking.unlock();
    }
  }

  private void checkQuietly() {
    try {
      check();
    } catch (RuntimeException unexpected) {
      // The next check tries again; a failure must never end the periodic task.
      LOG.log(Level.WARNING, "Comparing the live state with the database failed", unexpected);
    }
  }
}

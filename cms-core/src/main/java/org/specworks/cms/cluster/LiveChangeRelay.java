package org.specworks.cms.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.cluster.LiveChanged.Origin;
import org.specworks.cms.monitoring.CmsMetrics;
import org.specworks.cms.publishing.LiveImported;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Turns committed publications into {@link LiveChanged} here and on every other instance: this
 * instance's own after its commit, the others' as their messages arrive on the data grid.
 */
@ApplicationScoped
public class LiveChangeRelay {

  private static final Logger LOG = Logger.getLogger(LiveChangeRelay.class.getName());
  static final String TOPIC = "cms.live-changes";

  @Inject private DataGrid grid;
  @Inject private KnownLiveState known;
  @Inject private Event<LiveChanged> changed;
  @Inject private CmsMetrics metrics;

  @Resource private ManagedExecutorService executor;

  /**
   * Fault injection for the cluster tests: the first message about this path is dropped as a lost
   * message would be, so the safety net has to catch up. Empty (the default) drops nothing.
   */
  @Inject
  @ConfigProperty(name = "cms.cluster.fault.drop-first-message-about")
  private Optional<String> dropFirstAbout;

  private final AtomicBoolean dropped = new AtomicBoolean();
  private volatile Runnable unsubscribe;

  synchronized void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (unsubscribe == null) {
      unsubscribe = grid.subscribe(TOPIC, this::received).orElse(() -> {});
      LOG.info(() -> "Instances in the data grid: " + grid.members());
    }
  }

  @PreDestroy
  void stop() {
    if (unsubscribe != null) {
      unsubscribe.run();
    }
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RevisionPublished change) {
    known.record(change);
    try {
      grid.publish(TOPIC, LiveChangeMessage.encode(change));
      metrics.clusterMessage("sent");
    } catch (RuntimeException gridTrouble) {
      // The others' safety nets catch up; this instance still drops its own caches below.
      LOG.log(Level.WARNING, gridTrouble, () -> "Could not tell other instances of " + change);
    }
    changed.fire(new LiveChanged(change, Origin.THIS_INSTANCE));
  }

  /**
   * The seed imported at start-up: nothing showed it yet, so neither caches nor other instances are
   * told; the record only keeps the safety net from taking it for lost messages.
   */
  void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveImported imported) {
    known.record(imported.change());
  }

  private void received(String text) {
    Optional<RevisionPublished> change = LiveChangeMessage.decode(text);
    if (change.isEmpty()) {
      metrics.clusterMessage("unreadable");
      LOG.warning(() -> "Ignored a message the CMS cannot read on " + TOPIC + ": " + text);
      return;
    }
    if (dropOnPurpose(change.get())) {
      metrics.clusterMessage("dropped");
      LOG.warning(() -> "Dropped on purpose (cms.cluster.fault.drop-first-message-about): " + text);
      return;
    }
    metrics.clusterMessage("received");
    // Off the grid's event thread: dropping caches reads the database.
    executor.execute(
        () -> {
          known.record(change.get());
          changed.fire(new LiveChanged(change.get(), Origin.OTHER_INSTANCE));
        });
  }

  private boolean dropOnPurpose(RevisionPublished change) {
    return dropFirstAbout.filter(change.path()::equals).isPresent()
        && dropped.compareAndSet(false, true);
  }
}

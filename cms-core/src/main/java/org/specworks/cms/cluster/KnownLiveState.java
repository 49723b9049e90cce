package org.specworks.cms.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Which revision of each item this instance knows to be live: from its own commits, from messages
 * of other instances, and from the database when the {@link SafetyNet} last compared. Caches show
 * what this instance knows, so a difference from the database is a change caches have not dropped.
 */
@ApplicationScoped
public class KnownLiveState {

  private final Map<Long, Long> liveRevisionByItem = new HashMap<>();

  /** Takes {@code change} as known: caches are told of it by whoever calls this. */
  synchronized void record(RevisionPublished change) {
    if (change.revisionId() == null) {
      liveRevisionByItem.remove(change.itemId());
    } else {
      liveRevisionByItem.put(change.itemId(), change.revisionId());
    }
  }

  synchronized LiveFingerprint fingerprint() {
    return LiveFingerprint.of(liveRevisionByItem.entrySet());
  }

  /** Starts from what the database shows, with no change to tell: nothing was cached before. */
  synchronized void startFrom(List<ItemLiveState> database) {
    liveRevisionByItem.clear();
    database.forEach(item -> record(item.asChange()));
  }

  /**
   * Takes what the database shows as known, and returns each item whose live revision differs from
   * what was known: the changes caches have yet to drop.
   */
  synchronized List<RevisionPublished> catchUpWith(List<ItemLiveState> database) {
    List<RevisionPublished> missed = new ArrayList<>();
    Set<Long> existing = new HashSet<>();
    for (ItemLiveState item : database) {
      existing.add(item.itemId());
      if (!Objects.equals(liveRevisionByItem.get(item.itemId()), item.liveRevisionId())) {
        missed.add(item.asChange());
        record(item.asChange());
      }
    }
    // An item no longer in the database has no address left to drop; forget it so digests agree.
    liveRevisionByItem.keySet().retainAll(existing);
    return missed;
  }
}

package org.specworks.cms.cluster;

import java.util.Map;

/**
 * A digest of which revision of which item is live, cheap to compute in the database: how many
 * items are live, the sum of their live revision ids, and the sum of item id times revision id (so
 * that two items swapping revisions, or one item's change offset by another's, still shows). Equal
 * digests mean, in practice, equal live states; a differing one sends the {@link SafetyNet} to
 * compare item by item.
 */
public record LiveFingerprint(long liveItems, long revisionSum, long weightedSum) {

  static LiveFingerprint of(Iterable<Map.Entry<Long, Long>> liveRevisionByItem) {
    long count = 0;
    long sum = 0;
    long weighted = 0;
    for (Map.Entry<Long, Long> entry : liveRevisionByItem) {
      count++;
      sum += entry.getValue();
      weighted += entry.getKey() * entry.getValue();
    }
    return new LiveFingerprint(count, sum, weighted);
  }
}

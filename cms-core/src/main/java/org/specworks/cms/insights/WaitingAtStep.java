package org.specworks.cms.insights;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.insights.internal.WaitingRow;

/** Reviews in progress at one workflow step now, by how long ago they were submitted. */
public record WaitingAtStep(String step, Map<AgeBucket, Long> counts) implements Serializable {

  public WaitingAtStep {
    counts = Map.copyOf(counts);
  }

  public long count(AgeBucket bucket) {
    return counts.getOrDefault(bucket, 0L);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  static List<WaitingAtStep> from(List<WaitingRow> rows) {
    return rows.stream()
        .map(
            row -> {
              Map<AgeBucket, Long> counts = new EnumMap<>(AgeBucket.class);
              counts.put(AgeBucket.UNDER_ONE_DAY, row.underOneDay());
              counts.put(AgeBucket.ONE_TO_THREE_DAYS, row.oneToThreeDays());
              counts.put(AgeBucket.OVER_THREE_DAYS, row.overThreeDays());
              return new WaitingAtStep(row.step(), counts);
            })
        .filter(step -> step.total() > 0)
        .sorted(java.util.Comparator.comparing(WaitingAtStep::step))
        .toList();
  }
}

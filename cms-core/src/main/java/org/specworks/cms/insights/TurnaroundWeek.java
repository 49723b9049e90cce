package org.specworks.cms.insights;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One week of one step's turnaround: how many decisions the step took, and the median and 90th
 * percentile (interpolated, as SQL's {@code percentile_cont}) of how long each had waited. Both are
 * empty in a week without decisions.
 */
public record TurnaroundWeek(
    LocalDate week, long decisions, Optional<Duration> median, Optional<Duration> p90)
    implements Serializable {

  static TurnaroundWeek none(LocalDate week) {
    return new TurnaroundWeek(week, 0, Optional.empty(), Optional.empty());
  }
}

package org.specworks.cms.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.specworks.cms.shared.InvalidInputException;

/**
 * How long an open review has waited since it was submitted: under a day, one to three days, more
 * than three days. Each bucket has a short key used in links to the filtered review list.
 */
public enum AgeBucket {
  UNDER_ONE_DAY("lt1d", "< 1 day", Duration.ZERO, Duration.ofDays(1)),
  ONE_TO_THREE_DAYS("1to3d", "1–3 days", Duration.ofDays(1), Duration.ofDays(3)),
  OVER_THREE_DAYS("gt3d", "> 3 days", Duration.ofDays(3), null);

  private final String key;
  private final String label;
  private final Duration from;
  private final Duration until;

  AgeBucket(String key, String label, Duration from, Duration until) {
    this.key = key;
    this.label = label;
    this.from = from;
    this.until = until;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /**
   * The bucket of a review waiting {@code age}. Each bucket includes its lower bound and excludes
   * its upper one: exactly one day is "1–3 days", exactly three days is "> 3 days".
   */
  public static AgeBucket of(Duration age) {
    return Arrays.stream(values())
        .filter(bucket -> age.compareTo(bucket.from) >= 0)
        .filter(bucket -> bucket.until == null || age.compareTo(bucket.until) < 0)
        .findFirst()
        .orElse(UNDER_ONE_DAY);
  }

  /** Submitted after this moment (exclusive) to be this young; empty for the oldest bucket. */
  public Optional<Instant> submittedAfter(Instant now) {
    return Optional.ofNullable(until).map(now::minus);
  }

  /** Submitted at or before this moment to be this old. */
  public Instant submittedUntil(Instant now) {
    return now.minus(from);
  }

  /** The bucket with this key; a clear refusal naming the valid keys otherwise. */
  public static AgeBucket parse(String key) {
    return Arrays.stream(values())
        .filter(bucket -> bucket.key.equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Unknown waiting time '"
                        + key
                        + "': use one of "
                        + Arrays.stream(values())
                            .map(AgeBucket::key)
                            .collect(Collectors.joining(", "))
                        + "."));
  }
}

package org.specworks.cms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Consecutive failed sign-ins with one account name from one client, and how long the next attempt
 * of that pair must wait.
 */
@Entity
@Table(name = "sign_in_failures")
class SignInFailures {

  @Id
  @Column(name = "throttle_key", length = 60)
  private String key;

  @Column(name = "failures", nullable = false)
  private int failures;

  // The column keeps its first name: it holds the end of the wait, no longer of a lock.
  @Column(name = "locked_until")
  private OffsetDateTime waitUntil;

  @Column(name = "last_failure_at", nullable = false)
  private OffsetDateTime lastFailureAt;

  protected SignInFailures() {
    // for JPA
  }

  SignInFailures(String key) {
    this.key = key;
  }

  /**
   * Counts one more failure. The first {@code freeFailures} cost nothing (typing mistakes); from
   * then on each failure makes the next attempt wait twice as long as the last, from {@code
   * firstWait} up to {@code longestWait}.
   */
  void recordFailure(Instant now, int freeFailures, Duration firstWait, Duration longestWait) {
    failures++;
    lastFailureAt = now.atOffset(ZoneOffset.UTC);
    if (failures >= freeFailures) {
      int doublings = Math.min(failures - freeFailures, 20);
      Duration wait = firstWait.multipliedBy(1L << doublings);
      waitUntil =
          now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait).atOffset(ZoneOffset.UTC);
    }
  }

  /** How long from {@code now} the next attempt must wait; empty when it may be made now. */
  Optional<Duration> waitAt(Instant now) {
    return Optional.ofNullable(waitUntil)
        .map(OffsetDateTime::toInstant)
        .filter(now::isBefore)
        .map(until -> Duration.between(now, until));
  }

  int failures() {
    return failures;
  }
}

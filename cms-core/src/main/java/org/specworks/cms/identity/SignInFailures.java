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
 * Consecutive failed sign-ins for one account name or one client, and until when they are locked
 * out.
 */
@Entity
@Table(name = "sign_in_failures")
class SignInFailures {

  @Id
  @Column(name = "throttle_key", length = 60)
  private String key;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "last_failure_at", nullable = false)
  private OffsetDateTime lastFailureAt;

  protected SignInFailures() {
    // for JPA
  }

  SignInFailures(String key) {
    this.key = key;
  }

  /**
   * Counts one more failure; from the threshold on, each failure locks twice as long as the one
   * before.
   */
  void recordFailure(
      Instant now, int failuresBeforeLock, Duration firstLock, Duration longestLock) {
    failures++;
    lastFailureAt = now.atOffset(ZoneOffset.UTC);
    if (failures >= failuresBeforeLock) {
      int doublings = Math.min(failures - failuresBeforeLock, 20);
      Duration lock = firstLock.multipliedBy(1L << doublings);
      lockedUntil =
          now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock).atOffset(ZoneOffset.UTC);
    }
  }

  Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil).map(OffsetDateTime::toInstant);
  }

  int failures() {
    return failures;
  }
}

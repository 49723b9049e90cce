package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void locksFromTheThresholdOnDoublingEachTimeUpToTheLongestLock() {
    SignInFailures failures = new SignInFailures("account:x");
    for (int i = 1; i < 5; i++) {
      failures.recordFailure(NOW, 5, Duration.ofMinutes(1), Duration.ofHours(1));
      assertTrue(failures.lockedUntil().isEmpty(), "no lock after " + i);
    }

    failures.recordFailure(NOW, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    assertEquals(NOW.plus(Duration.ofMinutes(1)), failures.lockedUntil().orElseThrow());
    failures.recordFailure(NOW, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    assertEquals(NOW.plus(Duration.ofMinutes(2)), failures.lockedUntil().orElseThrow());
    for (int i = 0; i < 30; i++) {
      failures.recordFailure(NOW, 5, Duration.ofMinutes(1), Duration.ofHours(1));
    }
    assertEquals(NOW.plus(Duration.ofHours(1)), failures.lockedUntil().orElseThrow());
    assertEquals(36, failures.failures());
  }
}

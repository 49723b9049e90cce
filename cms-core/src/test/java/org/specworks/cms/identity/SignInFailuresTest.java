package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInFailuresTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Duration FIRST = Duration.ofSeconds(2);
  private static final Duration LONGEST = Duration.ofMinutes(5);

  @Test
  void waitsFromTheThresholdOnDoublingEachTimeUpToTheLongestWait() {
    SignInFailures failures = new SignInFailures("pair:x");
    for (int i = 1; i < 3; i++) {
      failures.recordFailure(NOW, 3, FIRST, LONGEST);
      assertTrue(failures.waitAt(NOW).isEmpty(), "no wait after " + i);
    }

    failures.recordFailure(NOW, 3, FIRST, LONGEST);
    assertEquals(Optional.of(Duration.ofSeconds(2)), failures.waitAt(NOW));
    failures.recordFailure(NOW, 3, FIRST, LONGEST);
    assertEquals(Optional.of(Duration.ofSeconds(4)), failures.waitAt(NOW));
    for (int i = 0; i < 30; i++) {
      failures.recordFailure(NOW, 3, FIRST, LONGEST);
    }
    assertEquals(Optional.of(LONGEST), failures.waitAt(NOW));
    assertEquals(34, failures.failures());
  }

  @Test
  void theWaitIsOverOnceItsTimeHasPassed() {
    SignInFailures failures = new SignInFailures("pair:x");
    for (int i = 0; i < 4; i++) {
      failures.recordFailure(NOW, 3, FIRST, LONGEST);
    }
    assertEquals(Optional.of(Duration.ofSeconds(3)), failures.waitAt(NOW.plusSeconds(1)));
    assertEquals(Optional.empty(), failures.waitAt(NOW.plusSeconds(4)));
  }
}

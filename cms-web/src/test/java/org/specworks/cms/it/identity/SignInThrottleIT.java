package org.specworks.cms.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.identity.SignInThrottle;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Password guessing is slowed per pair of account name and client, in the database every instance
 * shares, and never locks anyone out: another client, another name, or the end of the wait are
 * free.
 */
@CmsIntegrationTest
class SignInThrottleIT {

  @Inject private SignInThrottle throttle;
  @Inject private MovableClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void threeFailuresMakeOnlyThatNameFromThatClientWaitAndTheWaitEnds() {
    String name = "guess-" + UUID.randomUUID();
    String client = client();
    for (int i = 0; i < 2; i++) {
      throttle.recordFailure(name, client);
    }
    assertEquals(Optional.empty(), throttle.waitBefore(name, client), "two failures are free");

    throttle.recordFailure(name, client);

    Duration wait = throttle.waitBefore(name, client).orElseThrow();
    assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(2)) <= 0);
    assertEquals(Optional.empty(), throttle.waitBefore(name, client()), "the same name elsewhere");
    assertEquals(Optional.empty(), throttle.waitBefore("someone-else", client), "another name");
    clock.shift(Duration.ofSeconds(3));
    assertEquals(Optional.empty(), throttle.waitBefore(name, client), "after the wait");

    throttle.recordFailure(name, client);
    assertTrue(
        throttle.waitBefore(name, client).orElseThrow().compareTo(Duration.ofSeconds(2)) > 0,
        "the next failure doubles the wait");
    throttle.recordSuccess(name, client);
    assertEquals(Optional.empty(), throttle.waitBefore(name, client), "a success forgets");
  }

  @Test
  void manyFailuresFromOneClientSlowNoOtherNameFromIt() {
    String client = client();
    for (int i = 0; i < 25; i++) {
      throttle.recordFailure("name-" + i + "-" + UUID.randomUUID(), client);
    }

    assertEquals(Optional.empty(), throttle.waitBefore("someone-else", client));
  }

  @Test
  void aGuesserCannotMakeTheWaitLongerThanFiveMinutes() {
    String name = "guess-" + UUID.randomUUID();
    String client = client();
    for (int i = 0; i < 40; i++) {
      throttle.recordFailure(name, client);
    }

    assertTrue(
        throttle.waitBefore(name, client).orElseThrow().compareTo(Duration.ofMinutes(5)) <= 0);
  }

  /** A made-up client address: never the loopback address other tests sign in from. */
  private static String client() {
    return "test-client-" + UUID.randomUUID();
  }
}

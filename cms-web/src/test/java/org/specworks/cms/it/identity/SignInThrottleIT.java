package org.specworks.cms.it.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specworks.cms.identity.SignInThrottle;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Password guessing is throttled per account name and per client, in the database every instance
 * shares.
 */
@CmsIntegrationTest
class SignInThrottleIT {

  @Inject private SignInThrottle throttle;

  @Test
  void anAccountNameIsLockedAfterFiveFailuresWhateverTheClientAndASuccessForgetsThem() {
    String name = "guess-" + UUID.randomUUID();
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(name, client());
    }
    assertTrue(throttle.lockedFor(name, client()).isEmpty(), "four failures lock nothing");

    throttle.recordFailure(name, client());

    Duration lock = throttle.lockedFor(name, client()).orElseThrow();
    assertTrue(
        lock.compareTo(Duration.ofSeconds(50)) > 0 && lock.compareTo(Duration.ofMinutes(1)) <= 0,
        lock.toString());
    throttle.recordSuccess(name, client());
    assertTrue(throttle.lockedFor(name, client()).isEmpty());
  }

  @Test
  void aClientIsLockedAfterTwentyFailuresWhateverTheNames() {
    String client = client();
    for (int i = 0; i < 20; i++) {
      throttle.recordFailure("name-" + i + "-" + UUID.randomUUID(), client);
    }

    assertTrue(throttle.lockedFor("someone-else", client).isPresent());
    assertTrue(
        throttle.lockedFor("someone-else", client()).isEmpty(), "other clients are not affected");
  }

  /** A made-up client address: never the loopback address other tests sign in from. */
  private static String client() {
    return "test-client-" + UUID.randomUUID();
  }
}

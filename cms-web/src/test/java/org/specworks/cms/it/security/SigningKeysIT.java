package org.specworks.cms.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.specworks.cms.shared.SigningKeys;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * The first uses of a generated signing key may race (two requests, two instances starting
 * together): every one of them gets a signature, all under the one key stored. A configured secret
 * replaces the stored key.
 */
@CmsIntegrationTest
class SigningKeysIT {

  private static final int RACERS = 8;

  @Inject private SigningKeys keys;
  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction transaction;

  @Test
  void racingFirstUsesAllSignWithTheOneStoredKey() throws Exception {
    String name = "race-" + UUID.randomUUID();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> signatures = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      signatures.add(
          executor.submit(
              () -> {
                start.await();
                // As the preview links and the agreement form sign: inside a transaction.
                transaction.begin();
                try {
                  return keys.sign(name, Optional.empty(), "the same text");
                } finally {
                  if (transaction.getStatus() == Status.STATUS_ACTIVE) {
                    transaction.commit();
                  } else {
                    transaction.rollback();
                  }
                }
              }));
    }
    start.countDown();
    Set<String> distinct = new HashSet<>();
    for (Future<String> signature : signatures) {
      distinct.add(signature.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, distinct.size(), "one key for all: " + distinct);
    assertEquals(
        distinct.iterator().next(), keys.sign(name, Optional.empty(), "the same text"), "kept");
  }

  @Test
  void aConfiguredSecretIsUsedAsItIsNow() {
    String name = "configured-" + UUID.randomUUID();
    String stored = keys.sign(name, Optional.empty(), "text");
    String first = keys.sign(name, Optional.of("a configured secret of at least 32 chars"), "text");
    String second =
        keys.sign(name, Optional.of("another secret, rotated, of 32 chars or more"), "text");
    assertNotEquals(stored, first);
    assertNotEquals(first, second, "a changed secret takes effect without a restart");
    assertEquals(
        stored, keys.sign(name, Optional.of("too short"), "text"), "a short secret is ignored");
  }
}

package org.specworks.cms.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.specworks.cms.shared.ContentHash;

/**
 * Slows down password guessing, per account name and per client: after a few failures each further
 * failure locks that name (or client) for twice as long as the last, up to an hour. Kept in the
 * database, so every instance of a cluster sees the same counts. Applies to names with no account
 * exactly as to real ones, so a lock reveals nothing. Clients are known only by a hash of their
 * address.
 */
@Stateless
public class SignInThrottle {

  /** Failures of one account name before it is locked. */
  static final int ACCOUNT_FAILURES_BEFORE_LOCK = 5;

  /** Failures from one client address before it is locked (addresses can be shared, so more). */
  static final int CLIENT_FAILURES_BEFORE_LOCK = 20;

  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCK = Duration.ofHours(1);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

  /** How long sign-in stays refused for this name or client; empty if it may be tried now. */
  public Optional<Duration> lockedFor(String username, String clientAddress) {
    Instant now = clock.instant();
    return keys(username, clientAddress).stream()
        .map(key -> em.find(SignInFailures.class, key))
        .filter(
            failures ->
                failures != null && failures.lockedUntil().filter(now::isBefore).isPresent())
        .map(failures -> Duration.between(now, failures.lockedUntil().orElseThrow()))
        .max(Duration::compareTo);
  }

  public void recordFailure(String username, String clientAddress) {
    List<String> keys = keys(username, clientAddress);
    count(keys.get(0), ACCOUNT_FAILURES_BEFORE_LOCK);
    count(keys.get(1), CLIENT_FAILURES_BEFORE_LOCK);
  }

  /** A successful sign-in forgets the name's and the client's failures. */
  public void recordSuccess(String username, String clientAddress) {
    for (String key : keys(username, clientAddress)) {
      SignInFailures failures = em.find(SignInFailures.class, key);
      if (failures != null) {
        em.remove(failures);
      }
    }
  }

  private void count(String key, int failuresBeforeLock) {
    Instant now = clock.instant();
    SignInFailures failures = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (failures == null) {
      failures = new SignInFailures(key);
      em.persist(failures);
    }
    failures.recordFailure(now, failuresBeforeLock, FIRST_LOCK, LONGEST_LOCK);
  }

  private static List<String> keys(String username, String clientAddress) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return List.of(
        "account:" + ContentHash.of(name).substring(0, 40),
        "client:" + ContentHash.of(clientAddress == null ? "" : clientAddress).substring(0, 40));
  }
}

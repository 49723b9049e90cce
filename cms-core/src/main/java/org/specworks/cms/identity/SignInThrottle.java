package org.specworks.cms.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.specworks.cms.monitoring.CmsMetrics;
import org.specworks.cms.shared.ContentHash;

/**
 * Slows down password guessing without letting anyone lock a real person out. Failures are counted
 * per pair of account name and client: after a few, each attempt of that pair waits twice as long
 * as the last (up to {@link #LONGEST_WAIT}) before its password is even checked. The holder of the
 * account, from any other client, is not slowed at all; and from the same one they only wait, since
 * an attempt made during the wait is answered "try again in N seconds" and counts as no failure, so
 * a guesser cannot keep the wait growing. Kept in the database, so every instance of a cluster sees
 * the same counts. Names with no account are treated exactly as real ones, so a wait reveals
 * nothing. Pairs are known only by a hash.
 */
@Stateless
public class SignInThrottle {

  /** Failures of one name from one client before the next attempt has to wait (typing mistakes). */
  static final int FREE_FAILURES = 3;

  static final Duration FIRST_WAIT = Duration.ofSeconds(2);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CmsMetrics metrics;

  /** How long this name must wait before it may be tried again from this client; empty if now. */
  public Optional<Duration> waitBefore(String username, String client) {
    SignInFailures failures = em.find(SignInFailures.class, key(username, client));
    return failures == null ? Optional.empty() : failures.waitAt(clock.instant());
  }

  public void recordFailure(String username, String client) {
    String key = key(username, client);
    SignInFailures failures = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (failures == null) {
      failures = new SignInFailures(key);
      em.persist(failures);
    }
    failures.recordFailure(clock.instant(), FREE_FAILURES, FIRST_WAIT, LONGEST_WAIT);
    metrics.signInFailed();
  }

  /** A successful sign-in forgets the failures of its name from its client. */
  public void recordSuccess(String username, String client) {
    SignInFailures failures = em.find(SignInFailures.class, key(username, client));
    if (failures != null) {
      em.remove(failures);
    }
  }

  private static String key(String username, String client) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return "pair:" + ContentHash.of(name + "\n" + (client == null ? "" : client)).substring(0, 40);
  }
}

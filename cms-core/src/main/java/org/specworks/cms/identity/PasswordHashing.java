package org.specworks.cms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * PBKDF2-HMAC-SHA256 at OWASP's current work factor (600 000 iterations). The stored form keeps
 * algorithm, iterations and salt ({@code PBKDF2WithHmacSHA256:600000:salt:hash}), so the figure can
 * be raised later and old hashes still verify.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
  private static final String ITERATION_COUNT = "Pbkdf2PasswordHash.Iterations=" + ITERATIONS;
  private static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  private static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

  private static final String[] PARAMETERS = {ALGORITHM, ITERATION_COUNT, SALT_SIZE, KEY_SIZE};

  // Pbkdf2PasswordHash is configured through initialize(), so each use takes a fresh instance.
  @Inject private Instance<Pbkdf2PasswordHash> hashes;

  public String hash(char[] password) {
    return configured().generate(password);
  }

  public boolean verify(char[] password, String storedHash) {
    return configured().verify(password, storedHash);
  }

  /**
   * Checks {@code password} against {@code storedHash}, or, when there is none (no such account),
   * against a hash of a random password made with the same parameters and refuses it anyway: both
   * cost one full PBKDF2 derivation, so the time of an answer does not tell whether a name exists.
   */
  public boolean verifyOrSpendTheSameTime(char[] password, Optional<String> storedHash) {
    boolean matches = verify(password, storedHash.orElseGet(this::unmatchableHash));
    return storedHash.isPresent() && matches;
  }

  private String unmatchableHash() {
    String hash = unmatchableHash;
    if (hash == null) {
      hash = hash(InitialPassword.generate());
      unmatchableHash = hash;
    }
    return hash;
  }

  // A hash nobody knows the password of; made once, so later checks cost one derivation each.
  private volatile String unmatchableHash;

  private Pbkdf2PasswordHash configured() {
    Pbkdf2PasswordHash hash = hashes.get();
    hash.initialize(parameters());
    return hash;
  }

  private static Map<String, String> parameters() {
    Map<String, String> map = new HashMap<>();
    for (String parameter : PARAMETERS) {
      String[] pair = parameter.split("=", 2);
      map.put(pair[0], pair[1]);
    }
    return map;
  }
}

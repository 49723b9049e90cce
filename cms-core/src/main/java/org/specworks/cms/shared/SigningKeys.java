package org.specworks.cms.shared;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures under named keys. A key is the configured secret when one is given (at
 * least 32 characters; secrets come from configuration, never the repository), else one generated
 * on first use and kept in the database, so signatures survive restarts and verify on every
 * instance that shares the database.
 */
@Dependent
public class SigningKeys {

  static final int MINIMUM_SECRET_LENGTH = 32;
  // Generated keys never change once stored, so every instance may keep them.
  private static final Map<String, byte[]> STORED = new ConcurrentHashMap<>();

  @Inject private StoredSigningKeys stored;

  /** The signature of {@code text} under the key {@code name}, URL-safe Base64. */
  public String sign(String name, Optional<String> configuredSecret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(name, configuredSecret), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private byte[] key(String name, Optional<String> configuredSecret) {
    Optional<String> secret =
        configuredSecret.filter(given -> given.length() >= MINIMUM_SECRET_LENGTH);
    if (secret.isPresent()) {
      // Read on every use, so a secret changed in the configuration takes effect at once.
      return secret.get().getBytes(StandardCharsets.UTF_8);
    }
    return STORED.computeIfAbsent(name, this::storedKey);
  }

  private byte[] storedKey(String name) {
    return stored
        .find(name)
        .orElseGet(
            () -> {
              try {
                stored.create(name);
              } catch (EJBException lostTheRace) {
                // Another thread or instance stored this key first; its key is the one to use.
              }
              return stored
                  .find(name)
                  .orElseThrow(() -> new IllegalStateException("no signing key " + name));
            });
  }
}

package org.specworks.cms.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures under named keys. A key is the configured secret when one is given (at
 * least 32 characters; secrets come from configuration, never the repository), else one generated
 * on first use and kept in the database, so signatures survive restarts and verify on every
 * instance that shares the database. Call inside a transaction: the first use may store the key.
 */
@Dependent
public class SigningKeys {

  private static final int MINIMUM_SECRET_LENGTH = 32;
  private static final Map<String, byte[]> KNOWN = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

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
    byte[] key = KNOWN.get(name);
    if (key == null) {
      key =
          configuredSecret
              .filter(secret -> secret.length() >= MINIMUM_SECRET_LENGTH)
              .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
              .orElseGet(() -> storedKey(name));
      KNOWN.put(name, key);
    }
    return key;
  }

  private byte[] storedKey(String name) {
    List<?> found =
        em.createNativeQuery("select secret from signing_key where name = ?1")
            .setParameter(1, name)
            .getResultList();
    if (!found.isEmpty()) {
      return HexFormat.of().parseHex((String) found.get(0));
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into signing_key (name, secret, created_at) values (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, HexFormat.of().formatHex(fresh))
        .setParameter(3, Timestamp.from(clock.instant()))
        .executeUpdate();
    return fresh;
  }
}

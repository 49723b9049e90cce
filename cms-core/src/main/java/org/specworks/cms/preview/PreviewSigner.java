package org.specworks.cms.preview;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs preview links with HMAC-SHA256. The key is {@code cms.preview.secret} when configured (at
 * least 32 characters), else one generated on first use and kept in the database, so links survive
 * restarts and work on every instance that shares the database. Changing the key invalidates every
 * link.
 */
@Dependent
public class PreviewSigner {

  private static final String KEY_NAME = "preview";
  private static volatile byte[] cachedKey;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "cms.preview.secret")
  private Optional<String> configured;

  /** {@code <id>.<expiry in epoch seconds>.<signature>}; the signature also covers the revision. */
  String token(PreviewLink link) {
    return link.id()
        + "."
        + link.expiresAt().getEpochSecond()
        + "."
        + sign(link.id(), link.revisionId(), link.expiresAt().getEpochSecond());
  }

  boolean verify(long id, long revisionId, long expiresEpochSecond, String signature) {
    return MessageDigest.isEqual(
        sign(id, revisionId, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private String sign(long id, long revisionId, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] signature =
          mac.doFinal((id + "." + revisionId + "." + expires).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private byte[] key() {
    byte[] key = cachedKey;
    if (key == null) {
      key =
          configured
              .filter(secret -> secret.length() >= 32)
              .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
              .orElseGet(this::storedKey);
      cachedKey = key;
    }
    return key;
  }

  private byte[] storedKey() {
    List<?> found =
        em.createNativeQuery("select secret from signing_key where name = ?1")
            .setParameter(1, KEY_NAME)
            .getResultList();
    if (!found.isEmpty()) {
      return HexFormat.of().parseHex((String) found.get(0));
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    em.createNativeQuery("insert into signing_key (name, secret, created_at) values (?1, ?2, ?3)")
        .setParameter(1, KEY_NAME)
        .setParameter(2, HexFormat.of().formatHex(fresh))
        .setParameter(3, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
    return fresh;
  }
}

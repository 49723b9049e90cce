package org.specworks.cms.preview;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.shared.SigningKeys;

/**
 * Signs preview links with HMAC-SHA256 under the key {@code cms.preview.secret} ({@link
 * SigningKeys}). Changing the key invalidates every link.
 */
@Dependent
public class PreviewSigner {

  private static final String KEY_NAME = "preview";

  @Inject private SigningKeys keys;

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
    return keys.sign(KEY_NAME, configured, id + "." + revisionId + "." + expires);
  }
}

package org.specworks.cms.agreements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specworks.cms.content.ContentPath;

/**
 * The proof that an AGREE / DO NOT AGREE post comes from a decision form this site showed to this
 * visitor, for this document, recently: the token is {@code <expiry>.<nonce>.<signature>}, signed
 * by the server over expiry, nonce and document, and the nonce must also come back in the visitor's
 * SameSite=Strict form cookie. A forged or empty token, another visitor's token, one for another
 * document or an old one is refused.
 */
final class AgreementFormTokens {

  static final Duration VALID_FOR = Duration.ofHours(1);
  static final String NOT_FROM_THIS_PAGE =
      "The form did not come from this page. Open the document link again and choose there.";
  static final String TOO_OLD =
      "The form is too old. Open the document link again and choose there.";

  private static final Pattern TOKEN =
      Pattern.compile("([0-9]{1,12})\\.([A-Za-z0-9_-]{22,64})\\.([A-Za-z0-9_-]{43})");

  private final UnaryOperator<String> signer;
  private final Clock clock;

  /** {@code signer} signs a text with the server's key. */
  AgreementFormTokens(UnaryOperator<String> signer, Clock clock) {
    this.signer = signer;
    this.clock = clock;
  }

  AgreementForm issue(ContentPath document, String nonce) {
    long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
    return new AgreementForm(
        expires + "." + nonce + "." + signature(expires, nonce, document), nonce);
  }

  /** Why the posted form is refused; empty when it is this visitor's recent form for document. */
  Optional<String> whyRefused(String token, String cookieValue, ContentPath document) {
    Matcher parts = TOKEN.matcher(token == null ? "" : token);
    if (!parts.matches() || cookieValue == null) {
      return Optional.of(NOT_FROM_THIS_PAGE);
    }
    long expires = Long.parseLong(parts.group(1));
    String nonce = parts.group(2);
    boolean signed =
        MessageDigest.isEqual(ascii(signature(expires, nonce, document)), ascii(parts.group(3)));
    if (!signed || !MessageDigest.isEqual(ascii(nonce), ascii(cookieValue))) {
      return Optional.of(NOT_FROM_THIS_PAGE);
    }
    if (clock.instant().getEpochSecond() > expires) {
      return Optional.of(TOO_OLD);
    }
    return Optional.empty();
  }

  private String signature(long expires, String nonce, ContentPath document) {
    return signer.apply("agreement-form." + expires + "." + nonce + "." + document);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

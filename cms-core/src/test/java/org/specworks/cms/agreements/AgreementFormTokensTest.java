package org.specworks.cms.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;

class AgreementFormTokensTest {

  private static final ContentPath DOCUMENT = ContentPath.of("/omaspecworks/documents/spec-a");
  private static final String NONCE = "n0nceN0nceN0nceN0nceN0nce";
  private static final Instant SHOWN = Instant.parse("2026-12-03T10:00:00Z");

  private final AgreementFormTokens tokens = tokensAt(SHOWN, "server key one, 32 bytes or more!");

  @Test
  void theFormThisVisitorWasShownIsAccepted() {
    AgreementForm form = tokens.issue(DOCUMENT, NONCE);

    assertEquals(NONCE, form.cookieValue());
    assertEquals(Optional.empty(), tokens.whyRefused(form.token(), form.cookieValue(), DOCUMENT));
  }

  @Test
  void emptyOrMissingTokensAreRefusedEvenWhenTheCookieIsEmptyToo() {
    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE), tokens.whyRefused("", "", DOCUMENT));
    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(null, null, DOCUMENT));
  }

  @Test
  void aTokenWhoseCookieDoesNotMatchIsRefused() {
    AgreementForm form = tokens.issue(DOCUMENT, NONCE);

    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(form.token(), "another-visitors-nonce-000", DOCUMENT));
    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(form.token(), null, DOCUMENT));
  }

  @Test
  void aSelfMadeTokenWithAMatchingCookieIsRefused() {
    AgreementForm form = tokens.issue(DOCUMENT, NONCE);
    String forgedNonce = "forgedforgedforgedforged00";
    String[] parts = form.token().split("\\.");
    String forged = parts[0] + "." + forgedNonce + "." + parts[2];

    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(forged, forgedNonce, DOCUMENT));
    AgreementForm otherKey =
        tokensAt(SHOWN, "someone else's key, 32 bytes long").issue(DOCUMENT, NONCE);
    assertNotEquals(form.token(), otherKey.token());
    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(otherKey.token(), NONCE, DOCUMENT));
  }

  @Test
  void aFormForAnotherDocumentIsRefused() {
    AgreementForm form = tokens.issue(ContentPath.of("/omaspecworks/documents/spec-b"), NONCE);

    assertEquals(
        Optional.of(AgreementFormTokens.NOT_FROM_THIS_PAGE),
        tokens.whyRefused(form.token(), NONCE, DOCUMENT));
  }

  @Test
  void aFormOlderThanAnHourIsRefusedAsTooOld() {
    AgreementForm form = tokens.issue(DOCUMENT, NONCE);
    String key = "server key one, 32 bytes or more!";

    assertEquals(
        Optional.empty(),
        tokensAt(SHOWN.plus(AgreementFormTokens.VALID_FOR), key)
            .whyRefused(form.token(), NONCE, DOCUMENT));
    assertEquals(
        Optional.of(AgreementFormTokens.TOO_OLD),
        tokensAt(SHOWN.plus(AgreementFormTokens.VALID_FOR).plusSeconds(1), key)
            .whyRefused(form.token(), NONCE, DOCUMENT));
  }

  private static AgreementFormTokens tokensAt(Instant now, String key) {
    UnaryOperator<String> hmac =
        text -> {
          try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
          } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
          }
        };
    return new AgreementFormTokens(hmac, Clock.fixed(now, ZoneOffset.UTC));
  }
}

package org.specworks.cms.agreements;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.PolicyTimeline;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.SigningKeys;

/** Records and checks acceptances of click-through agreements. */
@Stateless
public class AgreementService {

  /** A visitor secret: 128 random bits or more, hex. */
  /** The document field naming the agreement to accept. */
  static final String AGREEMENT_FIELD = "agreement";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SECRET = Pattern.compile("[0-9a-f]{32,128}");

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private PublishedVersions versions;
  @Inject private ContentService content;
  @Inject private Clock clock;
  @Inject private SigningKeys keys;

  @Inject
  @ConfigProperty(name = "cms.agreements.form-secret")
  private Optional<String> formSecret;

  /** A decision form to show for {@code document}: its token and the visitor's form cookie. */
  public AgreementForm newForm(ContentPath document) {
    byte[] nonce = new byte[18];
    RANDOM.nextBytes(nonce);
    return formTokens()
        .issue(document, Base64.getUrlEncoder().withoutPadding().encodeToString(nonce));
  }

  /**
   * Why a posted decision is refused ({@link AgreementFormTokens}): empty when the form is one this
   * site showed this visitor for {@code document} within the hour.
   */
  public Optional<String> whyFormRefused(String token, String cookieValue, ContentPath document) {
    return formTokens().whyRefused(token, cookieValue, document);
  }

  private AgreementFormTokens formTokens() {
    return new AgreementFormTokens(text -> keys.sign("agreement-form", formSecret, text), clock);
  }

  /**
   * The agreement a visitor must accept before downloading {@code document}: the policy its {@code
   * agreement} field names. None for an item that is not a document, or whose field is empty or no
   * path (the editor's field check refuses such a value before it can be published).
   */
  public Optional<ContentPath> requiredBy(LiveItem document) {
    if (document.type() != ContentType.DOCUMENT) {
      return Optional.empty();
    }
    return ContentPath.parse(document.field(AGREEMENT_FIELD));
  }

  /**
   * The policies an editor may name as a document's agreement: those on the site now, by title. A
   * visitor could not be asked to accept any other.
   */
  public List<AgreementChoice> choices() {
    return content.itemsOfType(ContentType.POLICY).stream()
        .filter(item -> item.liveRevision().isPresent())
        .map(
            item ->
                new AgreementChoice(
                    item.path().value(), item.liveRevision().orElseThrow().content().title()))
        .sorted(Comparator.comparing(AgreementChoice::title).thenComparing(AgreementChoice::path))
        .toList();
  }

  /**
   * The agreement's version in effect today ({@link PolicyTimeline}): a version published with a
   * future effective date is not asked for before that date. Empty if the agreement is not on the
   * site.
   */
  public Optional<PublishedVersion> current(ContentPath agreement) {
    return versions.timeline(agreement).map(PolicyTimeline::current);
  }

  /**
   * Records that the visitor holding {@code visitorSecret} accepted version {@code version} of the
   * agreement before downloading {@code document}.
   *
   * @throws InvalidInputException if that version is no longer the current one (the visitor read an
   *     outdated text), or the agreement is not published
   */
  public AgreementAcceptance accept(
      ContentPath agreement, int version, ContentPath document, String visitorSecret) {
    requireSecret(visitorSecret);
    PublishedVersion current =
        current(agreement)
            .orElseThrow(() -> new InvalidInputException("This agreement is not published."));
    if (current.version() != version) {
      throw new InvalidInputException(
          "The agreement was updated while you were reading it: please read version "
              + current.version()
              + " and decide again.");
    }
    AgreementAcceptance acceptance =
        new AgreementAcceptance(
            agreement.value(),
            current.version(),
            current.revisionId(),
            document.value(),
            reference(visitorSecret),
            clock.instant());
    em.persist(acceptance);
    return acceptance;
  }

  /**
   * Whether acceptance {@code acceptanceId} was made by this visitor and is of the agreement's
   * current version; an acceptance of an earlier version no longer counts.
   */
  public boolean hasAcceptedCurrent(
      long acceptanceId, String visitorSecret, ContentPath agreement) {
    if (!SECRET.matcher(visitorSecret == null ? "" : visitorSecret).matches()) {
      return false;
    }
    AgreementAcceptance acceptance = em.find(AgreementAcceptance.class, acceptanceId);
    return acceptance != null
        && acceptance.agreementPath().equals(agreement.value())
        && acceptance.visitorReference().equals(reference(visitorSecret))
        && current(agreement)
            .map(v -> v.revisionId() == acceptance.agreementRevisionId())
            .orElse(false);
  }

  /** Every acceptance, oldest first, for administrators' export. */
  public List<AgreementAcceptance> all(Actor actor) {
    actor.require(Permission.EXPORT_ACCEPTANCES);
    return em.createQuery(
            "select a from AgreementAcceptance a order by a.acceptedAt, a.id",
            AgreementAcceptance.class)
        .getResultList();
  }

  private static void requireSecret(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      throw new InvalidInputException(
          "Your browser's agreement reference is missing or malformed; reload the page.");
    }
  }

  static String reference(String visitorSecret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(visitorSecret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}

package org.specworks.cms.preview;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.preview.PreviewUnavailableException.Reason;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;

/** Creates, opens and revokes preview links. */
@Stateless
public class PreviewLinks {

  public static final Duration LONGEST = Duration.ofDays(30);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private ContentService content;
  @Inject private PreviewSigner signer;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** A link and the token that opens it. */
  public record SharedPreview(PreviewLink link, String token) {}

  /**
   * A link to the item's latest revision, valid for {@code validFor} (at most {@link #LONGEST}).
   */
  public SharedPreview create(Actor actor, ContentPath path, Duration validFor) {
    actor.require(Permission.SHARE_PREVIEWS);
    if (validFor == null
        || validFor.isNegative()
        || validFor.isZero()
        || validFor.compareTo(LONGEST) > 0) {
      throw new InvalidInputException(
          "A preview link is valid for a time between one second and 30 days.");
    }
    ContentItem item = content.requireByPath(path);
    Revision latest = item.latestRevision().orElseThrow();
    Instant now = clock.instant();
    PreviewLink link =
        new PreviewLink(item.id(), latest.id(), actor.username(), now, now.plus(validFor));
    em.persist(link);
    em.flush();
    audit.record(
        actor.username(),
        AuditAction.PREVIEW_CREATE,
        Audited.of(item, latest),
        "link " + link.id() + " until " + link.expiresAt());
    return new SharedPreview(link, signer.token(link));
  }

  /**
   * What the link shows.
   *
   * @throws PreviewUnavailableException if the token is not one we signed, or its link expired or
   *     was revoked
   */
  public Preview open(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.");
    if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,12}")) {
      throw invalid();
    }
    PreviewLink link = em.find(PreviewLink.class, Long.parseLong(parts[0]));
    long expires = Long.parseLong(parts[1]);
    if (link == null
        || link.expiresAt().getEpochSecond() != expires
        || !signer.verify(link.id(), link.revisionId(), expires, parts[2])) {
      throw invalid();
    }
    if (link.revokedAt().isPresent()) {
      throw new PreviewUnavailableException(
          Reason.REVOKED,
          "This preview link was withdrawn by the person who shared it. Ask them for a new one.");
    }
    if (!clock.instant().isBefore(link.expiresAt())) {
      throw new PreviewUnavailableException(
          Reason.EXPIRED,
          "This preview link expired on "
              + link.expiresAt()
              + ". Ask the person who shared it for a new one.");
    }
    Revision revision = em.find(Revision.class, link.revisionId());
    ContentItem item = revision.item();
    return new Preview(
        item.path().value(), item.type(), revision.number(), revision.content(), link.expiresAt());
  }

  public void revoke(Actor actor, long linkId) {
    actor.require(Permission.SHARE_PREVIEWS);
    PreviewLink link = em.find(PreviewLink.class, linkId);
    if (link == null) {
      throw new NotFoundException("No preview link " + linkId);
    }
    if (link.revokedAt().isPresent()) {
      throw new InvalidInputException("That preview link was already withdrawn.");
    }
    link.revoke(actor.username(), clock.instant());
    ContentItem item = content.requireItem(link.itemId());
    audit.record(
        actor.username(),
        AuditAction.PREVIEW_REVOKE,
        Audited.of(item, em.find(Revision.class, link.revisionId())),
        "link " + link.id());
  }

  /** The links of the item that still open, newest first. */
  public List<SharedPreview> usableFor(ContentPath path) {
    ContentItem item = content.requireByPath(path);
    Instant now = clock.instant();
    return em
        .createQuery(
            "select l from PreviewLink l where l.itemId = :item and l.revokedAt is null order by l.id desc",
            PreviewLink.class)
        .setParameter("item", item.id())
        .getResultList()
        .stream()
        .filter(link -> link.isUsableAt(now))
        .map(link -> new SharedPreview(link, signer.token(link)))
        .toList();
  }

  private static PreviewUnavailableException invalid() {
    return new PreviewUnavailableException(
        Reason.INVALID,
        "This preview link is not valid. Check that you copied all of it, or ask for a new one.");
  }
}

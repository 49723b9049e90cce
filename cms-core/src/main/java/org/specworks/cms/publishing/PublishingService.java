package org.specworks.cms.publishing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.checks.CheckedRevision;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Making revisions live and taking items off the site. Publishing needs an approval bound to the
 * exact revision; only administrators may bypass review, and only with a written justification kept
 * in the audit trail.
 */
@Stateless
public class PublishingService {

  /** Short enough to write in an emergency, long enough to say why. */
  static final int MIN_JUSTIFICATION = 20;

  @Inject private PublicationLog publications;
  @Inject private ContentChecks checks;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private AuditLog audit;
  @Inject private Event<RevisionPublished> published;
  @Inject private Clock clock;

  /**
   * Publishes the item's latest revision, which must carry an approval of exactly that revision.
   *
   * @throws IllegalTransitionException if the revision is not the latest or not approved (or its
   *     approval is void)
   */
  public Revision publish(Actor actor, ContentPath path, long revisionId) {
    return publish(actor, path, revisionId, null);
  }

  /**
   * Publishes as {@link #publish(Actor, ContentPath, long)}, after the content checks: errors
   * refuse it; warnings need {@code acceptedWarnings}, a note saying why they may go live, which
   * the audit entry keeps.
   *
   * @throws InvalidInputException if a check found an error, or warnings were not accepted with a
   *     note
   */
  public Revision publish(Actor actor, ContentPath path, long revisionId, String acceptedWarnings) {
    actor.require(Permission.PUBLISH);
    ContentItem item = content.lockByPath(path);
    Revision revision = requirePublishable(item, revisionId);
    String checked = requirePassingChecks(item, revision, acceptedWarnings, Set.of());
    Review approval = requireApproval(revision);
    goLive(
        actor,
        item,
        revision,
        AuditAction.PUBLISHING_PUBLISH,
        "revision " + revision.number() + " (review " + approval.id() + ")" + checked);
    approval.markPublished(clock.instant());
    return revision;
  }

  /**
   * Refuses unless the revision could be published now by {@link #publish(Actor, ContentPath, long,
   * String)}: the latest revision or a live hotfix, approved, passing the checks (warnings accepted
   * with a note). For scheduling.
   *
   * @return the revision
   */
  public Revision requirePublishable(
      Actor actor, ContentPath path, long revisionId, String acceptedWarnings) {
    actor.require(Permission.PUBLISH);
    ContentItem item = content.requireByPath(path);
    Revision revision = requirePublishable(item, revisionId);
    requirePassingChecks(item, revision, acceptedWarnings, Set.of());
    requireApproval(revision);
    return revision;
  }

  /**
   * Makes one item of an approved release live, inside the release's transaction: the release's
   * approval stands in for the item's own review, whose open reviews of that revision end as
   * published.
   *
   * @param item the item, locked by the caller ({@link ContentService#lockItem(long)}) before it
   *     checked the release
   * @param goingLiveWith paths of the release's other items, which the checks count as published
   */
  public void publishInRelease(
      Actor actor,
      ContentItem item,
      Revision revision,
      String release,
      String acceptedWarnings,
      Set<String> goingLiveWith) {
    actor.require(Permission.PUBLISH);
    requirePublishable(item, revision.id());
    String checked = requirePassingChecks(item, revision, acceptedWarnings, goingLiveWith);
    goLive(
        actor,
        item,
        revision,
        AuditAction.PUBLISHING_PUBLISH,
        "revision " + revision.number() + " in " + release + checked);
    workflow.reviewsOf(item.path()).stream()
        .filter(review -> review.state().isOpen() && review.revisionId() == revision.id())
        .forEach(
            review -> {
              if (review.state() == org.specworks.cms.workflow.ReviewState.APPROVED) {
                review.markPublished(clock.instant());
              } else {
                review.voidBecause("Published with " + release, clock.instant());
              }
            });
  }

  private Review requireApproval(Revision revision) {
    return workflow
        .latestReviewOf(revision.id())
        .filter(review -> review.approves(revision))
        .orElseThrow(
            () ->
                new IllegalTransitionException(
                    "Revision "
                        + revision.number()
                        + " has no valid approval; submit it for review first."));
  }

  /**
   * The item is locked ({@link ContentService#lockByPath}) and every check passed after the lock
   * was taken.
   */
  private void goLive(
      Actor actor, ContentItem item, Revision revision, AuditAction action, String detail) {
    publications.record(item, revision, actor.username());
    item.publish(revision);
    audit.record(actor.username(), action, Audited.of(item, revision), detail);
    published.fire(RevisionPublished.wentLive(item, revision));
  }

  /**
   * Publishes the latest revision without review: for urgent fixes only, by an administrator, with
   * a written justification. Any open review of the item is voided.
   */
  public Revision publishUrgentFix(
      Actor actor, ContentPath path, long revisionId, String justification) {
    actor.require(Permission.PUBLISH_WITHOUT_REVIEW);
    if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
      throw new InvalidInputException(
          "Publishing without review needs a justification of at least "
              + MIN_JUSTIFICATION
              + " characters.");
    }
    ContentItem item = content.lockByPath(path);
    Revision revision = requireLatest(item, revisionId);
    requireNothingLiveLost(item);
    // The written justification doubles as the note that accepts the checks' warnings; errors still
    // block.
    String checked = requirePassingChecks(item, revision, justification, Set.of());
    workflow.reviewsOf(path).stream()
        .filter(review -> review.state().isOpen())
        .forEach(
            review ->
                review.voidBecause(
                    "Published directly as an urgent fix by " + actor.username(), clock.instant()));
    goLive(
        actor,
        item,
        revision,
        AuditAction.PUBLISHING_URGENT_FIX,
        "revision " + revision.number() + " without review: " + justification.strip() + checked);
    return revision;
  }

  /** Takes an item off the public site; a reason is required. Its history stays. */
  public void unpublish(Actor actor, ContentPath path, String reason) {
    actor.require(Permission.PUBLISH);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Say why the item is taken off the site.");
    }
    ContentItem item = content.lockByPath(path);
    Revision wasLive =
        item.liveRevision()
            .orElseThrow(() -> new IllegalTransitionException(path + " is not on the site."));
    item.unpublish();
    audit.record(
        actor.username(),
        AuditAction.PUBLISHING_UNPUBLISH,
        Audited.of(item, wasLive),
        reason.strip());
    published.fire(new RevisionPublished(item.id(), item.path().value(), item.type(), null));
  }

  /**
   * Refuses on errors, or on warnings this revision introduces without a note (warnings the live
   * revision already has need none); returns what the audit entry should add.
   */
  private String requirePassingChecks(
      ContentItem item, Revision revision, String acceptedWarnings, Set<String> goingLiveWith) {
    CheckedRevision checked = checks.compareWithLive(item, revision, goingLiveWith);
    List<String> errors = checked.errors().stream().map(Finding::message).toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          "Revision "
              + revision.number()
              + " cannot be published until "
              + (errors.size() == 1 ? "this error is" : "these " + errors.size() + " errors are")
              + " fixed: "
              + String.join(" ", errors));
    }
    List<String> warnings = checked.newWarnings().stream().map(Finding::message).toList();
    if (warnings.isEmpty()) {
      return "";
    }
    if (acceptedWarnings == null || acceptedWarnings.isBlank()) {
      int known = checked.alreadyLive().size();
      throw new InvalidInputException(
          "Revision "
              + revision.number()
              + " has "
              + warnings.size()
              + " new warning"
              + (warnings.size() == 1 ? "" : "s")
              + " ("
              + String.join(" ", warnings)
              + ") Publish with a note that accepts "
              + (warnings.size() == 1 ? "it" : "them")
              + ", or fix "
              + (warnings.size() == 1 ? "it" : "them")
              + " first."
              + (known == 0
                  ? ""
                  : " The "
                      + known
                      + " finding"
                      + (known == 1
                          ? " already on the live page needs"
                          : "s already on the live page need")
                      + " no note."));
    }
    return "; " + warnings.size() + " warning(s) accepted: " + acceptedWarnings.strip();
  }

  /** The item's latest revision, or a hotfix of its live revision, and not live yet. */
  private Revision requirePublishable(ContentItem item, long revisionId) {
    Optional<Revision> hotfix = content.revisionOf(item, revisionId).filter(Revision::isHotfix);
    if (hotfix.isPresent()) {
      if (!item.isHotfixOfLive(hotfix.get())) {
        throw new IllegalTransitionException(
            "Hotfix revision "
                + hotfix.get().number()
                + " fixed a revision that is no longer live; make the fix again on the live revision.");
      }
      return hotfix.get();
    }
    Revision latest = requireLatest(item, revisionId);
    requireNothingLiveLost(item);
    return latest;
  }

  /**
   * Refuses to publish a draft that lacks a change made live after it started: that change would be
   * lost.
   */
  private void requireNothingLiveLost(ContentItem item) {
    hotfixes
        .liveChangedSinceDraft(item)
        .ifPresent(
            live -> {
              throw new IllegalTransitionException(
                  "The live page changed after this draft started (revision "
                      + live.number()
                      + " by "
                      + live.author()
                      + "). Merge it into the draft first, so that fix is not lost.");
            });
  }

  private static Revision requireLatest(ContentItem item, long revisionId) {
    Revision latest = item.latestRevision().orElseThrow();
    item.whyNotLatest(revisionId)
        .ifPresent(
            reason -> {
              throw new IllegalTransitionException(reason);
            });
    if (item.isLive(latest)) {
      throw new IllegalTransitionException("Revision " + latest.number() + " is already live.");
    }
    return latest;
  }
}

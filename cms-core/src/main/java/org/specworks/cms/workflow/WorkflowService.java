package org.specworks.cms.workflow;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.RevisionSaved;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.workflow.internal.WorkflowQueries;

/**
 * Submitting revisions for review and deciding on them. Each method checks the actor, applies one
 * rule of {@link Review}, and leaves one audit entry; a refused move changes nothing.
 */
@Stateless
public class WorkflowService {

  private static final String ONLY_REVIEWERS = "Only reviewers decide on reviews.";

  @Inject private WorkflowQueries queries;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private AccountService accounts;

  /** The steps a content type's reviews go through now. */
  public List<WorkflowStep> stepsFor(ContentType type) {
    return workflowOf(type).steps();
  }

  /** Whether a content type's reviews need a different approver for each step. */
  public boolean requiresDistinctApprovers(ContentType type) {
    return workflowOf(type).requiresDistinctApprovers();
  }

  private WorkflowDefinition workflowOf(ContentType type) {
    return queries.definitionFor(type).orElseGet(() -> WorkflowDefinition.defaultFor(type));
  }

  /**
   * Turns the distinct-approver rule of a content type's workflow on or off; reviews already
   * running keep the rule they started with. Administrators only.
   */
  public void requireDistinctApprovers(Actor actor, ContentType type, boolean required) {
    actor.require(Permission.CHANGE_WORKFLOWS);
    WorkflowDefinition definition =
        queries
            .definitionFor(type)
            .orElseGet(
                () -> {
                  WorkflowDefinition created = WorkflowDefinition.defaultFor(type);
                  queries.add(created);
                  return created;
                });
    definition.requireDistinctApprovers(required);
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_DEFINE,
        type.label()
            + ": "
            + (required
                ? "a different approver for each step"
                : "one person may approve several steps"));
  }

  /**
   * Replaces a content type's steps; reviews already running keep theirs. Administrators only.
   *
   * @return the new steps whose reviewer group has no active member (nobody could decide on them
   *     yet), for the administrator to staff; also named in the audit entry
   */
  public List<WorkflowStep> redefine(Actor actor, ContentType type, List<WorkflowStep> steps) {
    actor.require(Permission.CHANGE_WORKFLOWS);
    Optional<WorkflowDefinition> existing = queries.definitionFor(type);
    if (existing.isPresent()) {
      existing.get().replaceSteps(steps);
    } else {
      queries.add(new WorkflowDefinition(type, steps));
    }
    Set<String> staffed = accounts.groupsWithAnActiveReviewer();
    List<WorkflowStep> unstaffed =
        steps.stream().filter(step -> !staffed.contains(step.reviewerGroup())).toList();
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_DEFINE,
        type.label()
            + ": "
            + steps
            + (unstaffed.isEmpty() ? "" : "; no active member yet for " + unstaffed));
    return unstaffed;
  }

  /** Creates the stored default workflow for every type that has none yet. */
  public void ensureDefaults() {
    for (ContentType type : ContentType.values()) {
      if (queries.definitionFor(type).isEmpty()) {
        queries.add(WorkflowDefinition.defaultFor(type));
      }
    }
  }

  /**
   * Starts a review of the item's latest revision with the content type's current steps.
   *
   * @param revisionId the revision the submitter was shown: the latest, or a hotfix of the live
   *     revision
   * @throws IllegalTransitionException if that revision is not the latest (the reason names the one
   *     saved since), already live, or already under review
   */
  public Review submitForReview(Actor actor, ContentPath path, long revisionId) {
    actor.require(Permission.SUBMIT_FOR_REVIEW);
    ContentItem item = content.requireByPath(path);
    Revision submitted = requireReviewable(item, revisionId);
    for (Review open : queries.openReviewsOf(item.id())) {
      if (open.isOnHotfix() != submitted.isHotfix()) {
        continue; // the hotfix and the draft line are reviewed side by side
      }
      if (open.revisionId() == submitted.id()) {
        throw new IllegalTransitionException(
            "Revision "
                + submitted.number()
                + " is already "
                + (open.state() == ReviewState.APPROVED
                    ? "approved."
                    : "in review (step '" + open.currentStepName() + "')."));
      }
      open.voidBecause(
          "Superseded by the review of revision " + submitted.number(), clock.instant());
    }
    Review review = startReview(item, submitted, actor);
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_SUBMIT,
        Audited.of(item, submitted),
        (submitted.isHotfix() ? "review of hotfix revision " : "review of revision ")
            + submitted.number());
    return review;
  }

  /** The latest revision, or a hotfix of the live one; never a revision that is live already. */
  private Revision requireReviewable(ContentItem item, long revisionId) {
    Revision latest = item.latestRevision().orElseThrow();
    Revision revision =
        latest.id() == revisionId
            ? latest
            : content
                .revisionOf(item, revisionId)
                .filter(item::isHotfixOfLive)
                .orElseThrow(
                    () ->
                        new IllegalTransitionException(
                            item.whyNotLatest(revisionId).orElseThrow()));
    if (item.isLive(revision)) {
      throw new IllegalTransitionException("Revision " + revision.number() + " is already live.");
    }
    return revision;
  }

  /**
   * Approves the current step of a review.
   *
   * @param revisionId the revision the reviewer looked at; must be the one under review
   * @throws IllegalTransitionException if the actor may not decide, wrote part of the change, or
   *     the review moved on
   */
  public Review approve(Actor actor, long reviewId, long revisionId, String comment) {
    actor.require(Permission.DECIDE_ON_REVIEWS);
    Review review = requireReview(reviewId);
    ContentItem item = lockItemOf(review);
    requireStillCurrent(review, item, revisionId);
    whyNotApprovableYet(item, review)
        .ifPresent(
            reason -> {
              throw new IllegalTransitionException(reason);
            });
    review.approve(actor, authorsOfChange(item, review), comment, clock.instant());
    flushOrLoseRace();
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_APPROVE,
        Audited.of(item, judged(item, review)),
        "step '"
            + review.decisions().get(review.decisions().size() - 1).stepName()
            + "'"
            + (review.state() == ReviewState.APPROVED ? ": revision approved" : "")
            + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
    return review;
  }

  /** Sends a revision back to its author with a mandatory reason. */
  public Review reject(Actor actor, long reviewId, String reason) {
    actor.require(Permission.DECIDE_ON_REVIEWS);
    Review review = requireReview(reviewId);
    ContentItem item = lockItemOf(review);
    review.reject(actor, reason, clock.instant());
    flushOrLoseRace();
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_REJECT,
        Audited.of(item, judged(item, review)),
        "step '" + review.currentStepName() + "': " + reason.strip());
    return review;
  }

  /**
   * Adds a comment to a review, kept with the revision under review. Any staff member may comment.
   */
  public ReviewComment comment(Actor actor, long reviewId, String text) {
    actor.require(Permission.COMMENT_ON_REVIEWS);
    if (text == null || text.isBlank() || text.length() > 4000) {
      throw new InvalidInputException("A comment has between 1 and 4000 characters.");
    }
    Review review = requireReview(reviewId);
    ContentItem item = itemOf(review);
    ReviewComment comment =
        new ReviewComment(
            review.id(), review.revisionId(), actor.username(), text.strip(), clock.instant());
    queries.add(comment);
    // The text goes into the trail too (shortened), so the item's history tells what was said, not
    // only that.
    audit.record(
        actor.username(),
        AuditAction.WORKFLOW_COMMENT,
        Audited.of(item, judged(item, review)),
        "on review " + review.id() + ": " + shortened(comment.text()));
    return comment;
  }

  /**
   * A save makes any open review of an older revision void: an approval is bound to the exact
   * content it judged. If the item was in review or approved, it goes back to review with the new
   * revision.
   */
  public void onRevisionSaved(@Observes RevisionSaved saved) {
    List<Review> superseded =
        queries.openReviewsOf(saved.itemId()).stream()
            .filter(r -> r.revisionId() != saved.revisionId() && r.isOnHotfix() == saved.hotfix())
            .toList();
    if (superseded.isEmpty()) {
      return;
    }
    ContentItem item = content.requireItem(saved.itemId());
    Revision latest =
        saved.hotfix()
            ? content.revisionOf(item, saved.revisionId()).orElseThrow()
            : item.latestRevision().orElseThrow();
    for (Review review : superseded) {
      review.voidBecause(
          "Revision "
              + latest.number()
              + " was saved by "
              + saved.actor()
              + " after this review started",
          clock.instant());
    }
    Actor saver = Actor.named(saved.actor());
    Review again = startReview(item, latest, saver);
    audit.record(
        saver.username(),
        AuditAction.WORKFLOW_VOID,
        Audited.of(item, latest),
        "revision "
            + latest.number()
            + " voided review(s) "
            + superseded.stream().map(r -> "#" + r.id()).toList()
            + "; back in review as #"
            + again.id());
  }

  /** Where the item's latest revision stands. */
  public EditorialState stateOf(ContentItem item) {
    if (item.status() == org.specworks.cms.content.PublicationStatus.ARCHIVED) {
      return EditorialState.ARCHIVED;
    }
    Revision latest = item.latestRevision().orElseThrow();
    if (item.isLive(latest)) {
      return EditorialState.PUBLISHED;
    }
    return queries
        .latestReviewOfRevision(latest.id())
        .map(WorkflowService::stateOfReviewed)
        .orElse(EditorialState.DRAFT);
  }

  /**
   * Where the latest revision of each of these items stands in review, for items whose latest
   * revision was ever submitted and is not live: one query for a whole page of a list. Items
   * missing from the map are drafts (or live, or archived: {@link #stateOf(ContentItem)} tells
   * those apart).
   */
  public Map<Long, EditorialState> reviewStatesOfLatest(Collection<Long> itemIds) {
    Map<Long, EditorialState> states = new HashMap<>();
    if (!itemIds.isEmpty()) {
      // Oldest first, so the newest review of a revision is the one that stays.
      queries
          .reviewsOfLatestUnpublished(itemIds)
          .forEach(review -> states.put(review.itemId(), stateOfReviewed(review)));
      states.values().removeIf(state -> state == EditorialState.DRAFT);
    }
    return states;
  }

  /** Audit details are at most 4000 characters; a comment's first 500 tell what it was about. */
  private static String shortened(String text) {
    return text.length() <= 500 ? text : text.substring(0, 499) + "…";
  }

  private static EditorialState stateOfReviewed(Review review) {
    return switch (review.state()) {
      case IN_PROGRESS -> EditorialState.IN_REVIEW;
      case APPROVED -> EditorialState.APPROVED;
      case REJECTED -> EditorialState.REJECTED;
      case VOIDED, PUBLISHED -> EditorialState.DRAFT;
    };
  }

  public EditorialState stateOf(ContentPath path) {
    return stateOf(content.requireByPath(path));
  }

  /** The review that is in progress or approved for the item, if any. */
  public Optional<Review> openReviewOf(ContentPath path) {
    List<Review> open =
        queries.openReviewsOf(content.requireByPath(path).id()).stream()
            .filter(review -> !review.isOnHotfix())
            .toList();
    return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
  }

  /** The review of the item's hotfix that is in progress or approved, if any. */
  public Optional<Review> openHotfixReviewOf(ContentPath path) {
    return queries.openReviewsOf(content.requireByPath(path).id()).stream()
        .filter(Review::isOnHotfix)
        .reduce((first, second) -> second);
  }

  /** The item's reviews, newest first. */
  public List<Review> reviewsOf(ContentPath path) {
    return queries.reviewsOf(content.requireByPath(path).id());
  }

  public Review requireReview(long reviewId) {
    return queries
        .review(reviewId)
        .orElseThrow(() -> new NotFoundException("No review " + reviewId));
  }

  /** The latest review of an exact revision, if it was ever submitted. */
  public Optional<Review> latestReviewOf(long revisionId) {
    return queries.latestReviewOfRevision(revisionId);
  }

  public List<ReviewComment> commentsOn(long reviewId) {
    return queries.commentsOn(reviewId);
  }

  /**
   * Reviews the actor may decide on now: in progress at a step of their group, and not refused to
   * them by the rule the approval itself checks ({@link Review#whyCannotDecide}: their own change
   * under the four-eyes rule, a step after one they approved where distinct approvers are
   * required).
   */
  public List<Review> awaitingDecisionBy(Actor actor) {
    return listedAwaitingDecisionBy(actor).stream().map(ReviewListing::review).toList();
  }

  /** {@link #awaitingDecisionBy} with the titles and paths the lists show. */
  public List<ReviewListing> listedAwaitingDecisionBy(Actor actor) {
    // The group filter runs in SQL; the per-review rule needs each review's authors, read at once.
    return listed(actor, queries.inProgressAtStepsOf(actor.groups())).stream()
        .filter(ReviewListing::mine)
        .toList();
  }

  /**
   * The reviews as lists show them: each with its title, path and why {@code actor} cannot decide
   * on it, by the same rule as {@link #whyCannotDecide}; three queries however many reviews.
   */
  public List<ReviewListing> listed(Actor actor, List<Review> reviews) {
    ReviewSubjects subjects =
        new ReviewSubjects(
            queries, reviews, itemId -> content.requireItem(itemId).changeStartNumber());
    boolean reviewer = actor.may(Permission.DECIDE_ON_REVIEWS);
    return reviews.stream()
        .map(
            review ->
                new ReviewListing(
                    review,
                    subjects.titleOf(review),
                    subjects.pathOf(review),
                    (reviewer
                            ? review.whyCannotDecide(actor, subjects.authorsOfChange(review))
                            : Optional.of(ONLY_REVIEWERS))
                        .orElse("")))
        .toList();
  }

  /** Why the actor may not approve or reject this review now, or empty if they may. */
  public Optional<String> whyCannotDecide(Actor actor, Review review) {
    if (!actor.may(Permission.DECIDE_ON_REVIEWS)) {
      return Optional.of(ONLY_REVIEWERS);
    }
    return review.whyCannotDecide(actor, authorsOfChange(itemOf(review), review));
  }

  /**
   * Why the actor may not approve this review now, or empty if they may: the rules on deciding
   * ({@link #whyCannotDecide}), and a draft that lacks a fix which went live beside it. Such a
   * draft cannot be published until the fix is merged, and merging saves a new revision that needs
   * its own review: approving it first would only be undone. It may still be sent back.
   */
  public Optional<String> whyCannotApprove(Actor actor, Review review) {
    return whyCannotDecide(actor, review).or(() -> whyNotApprovableYet(itemOf(review), review));
  }

  private Optional<String> whyNotApprovableYet(ContentItem item, Review review) {
    if (review.isOnHotfix()) {
      return Optional.empty();
    }
    return hotfixes
        .liveChangedSinceDraft(item)
        .map(
            live ->
                "A fix went live (revision "
                    + live.number()
                    + " by "
                    + live.author()
                    + ") after this draft started: the draft's editor must merge it in first,"
                    + " and the merged revision is then reviewed.");
  }

  /**
   * The revision the draft under review is compared with when a fix went live beside it, or empty
   * when it is compared with live (or is a hotfix): for naming the diff.
   */
  public Optional<Revision> draftBaseBesideLiveFix(Review review) {
    ContentItem item = itemOf(review);
    return hotfixes.draftBaseBesideLiveFix(item, judged(item, review));
  }

  /** How many reviews in progress wait at each step whose group is none of {@code groups}. */
  public List<WorkflowQueries.WaitingAtStep> waitingAtStepsNotOf(Collection<String> groups) {
    return queries.inProgressAtStepsNotOf(groups);
  }

  /** Reviews in progress, whoever they wait for: the whole queue with each one's progress. */
  public List<Review> inProgress() {
    return queries.reviewsInState(ReviewState.IN_PROGRESS);
  }

  /**
   * Everything said on a review, oldest first: comments, and the notes given with approvals and
   * rejections.
   */
  public List<ReviewRemark> remarksOn(Review review) {
    List<ReviewRemark> remarks = new java.util.ArrayList<>();
    queries.commentsOn(review.id()).forEach(comment -> remarks.add(ReviewRemark.of(comment)));
    review.decisions().stream()
        .filter(decision -> !decision.comment().isBlank())
        .forEach(decision -> remarks.add(ReviewRemark.of(decision)));
    remarks.sort(java.util.Comparator.comparing(ReviewRemark::at));
    return remarks;
  }

  /** The note its author saved with the revision under review. */
  public String changeNoteOf(Review review) {
    return judged(itemOf(review), review).changeNote();
  }

  /**
   * Reviews that sent back a revision {@code author} submitted, while that revision is still the
   * item's latest: what the author has to act on, with the reviewer's reason.
   */
  public List<Review> sentBackTo(Actor author) {
    return queries.rejectedLatestSubmittedBy(author.username());
  }

  /** Approved reviews whose revision is not live yet: ready to publish. */
  public List<Review> approvedAwaitingPublication() {
    return queries.reviewsInState(ReviewState.APPROVED);
  }

  /**
   * What the revision under review changes, as its reviewer should read it: a hotfix against the
   * live revision it fixes, a draft against what is live or, when a fix went live beside it,
   * against where the draft started ({@link HotfixService#changesToReview}).
   */
  public RevisionDiff changesUnderReview(Review review) {
    ContentItem item = itemOf(review);
    return hotfixes.changesToReview(item, judged(item, review));
  }

  /**
   * What a hotfix that went live after the draft under review started changed, which the draft
   * lacks; empty for a review of a hotfix, and when the draft has everything live.
   */
  public RevisionDiff liveChangesBeside(Review review) {
    return review.isOnHotfix()
        ? new RevisionDiff(0, 0, List.of())
        : hotfixes.liveHotfixChanges(itemOf(review));
  }

  /**
   * Everyone who wrote part of the change under review ({@link ContentService#authorsOfChange}).
   */
  public Set<String> authorsOfChange(ContentItem item, Review review) {
    return content.authorsOfChange(item, judged(item, review));
  }

  private Review startReview(ContentItem item, Revision revision, Actor submitter) {
    Review review =
        Review.of(revision, workflowOf(item.type()), submitter.username(), clock.instant());
    queries.add(review);
    queries.flush();
    return review;
  }

  /**
   * The revision a review judges, which its audit entries name: the hotfix under review is not the
   * item's latest revision, and the trail is a legal record.
   */
  private Revision judged(ContentItem item, Review review) {
    return content.revisionOf(item, review.revisionId()).orElseThrow();
  }

  private ContentItem itemOf(Review review) {
    return content.requireItem(review.itemId());
  }

  /**
   * Locks the review's item (as publishing does) and re-reads the review under that lock: two
   * reviewers deciding at once, or a decision racing a publication, run one after the other, and
   * the second sees the first's result.
   */
  private ContentItem lockItemOf(Review review) {
    ContentItem item = content.lockItem(review.itemId());
    queries.refresh(review);
    return item;
  }

  private void requireStillCurrent(Review review, ContentItem item, long revisionId) {
    if (review.revisionId() != revisionId) {
      throw new IllegalTransitionException(
          "This review is of revision "
              + review.revisionNumber()
              + ", not of the revision you looked at.");
    }
    if (review.isOnHotfix()) {
      Revision hotfix = content.revisionOf(item, review.revisionId()).orElseThrow();
      if (!item.isHotfixOfLive(hotfix)) {
        throw new IllegalTransitionException(
            "The live revision changed after this hotfix was made; fix it again.");
      }
      return;
    }
    Revision latest = item.latestRevision().orElseThrow();
    if (latest.id() != review.revisionId() || !latest.contentHash().equals(review.contentHash())) {
      throw new IllegalTransitionException(
          "The item changed after this review started (now revision "
              + latest.number()
              + "); review it again.");
    }
  }

  private void flushOrLoseRace() {
    try {
      queries.flush();
    } catch (PersistenceException concurrentDecision) {
      throw new IllegalTransitionException(
          "Someone else decided on this review at the same moment; reload it.");
    }
  }
}

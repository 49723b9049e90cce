package org.specworks.cms.workflow;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;

/**
 * One run of a workflow over one exact revision. Holds its own copy of the steps, so redefining the
 * workflow never changes a review already running. Every decision is bound to the revision id and
 * content hash the review was submitted with.
 *
 * <p>State machine: IN_PROGRESS → (approve at the last step) APPROVED → PUBLISHED; IN_PROGRESS →
 * REJECTED; IN_PROGRESS or APPROVED → VOIDED when the item is saved again. Any other move throws
 * {@link IllegalTransitionException} with the reason.
 */
@Entity
@Table(name = "review")
public class Review {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "revision_id", nullable = false, updatable = false)
  private long revisionId;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int revisionNumber;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  @Column(name = "on_hotfix", nullable = false, updatable = false)
  private boolean onHotfix;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_step", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<WorkflowStep> steps = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private ReviewState state;

  @Column(name = "current_step", nullable = false)
  private int currentStep;

  /** Copied from the workflow when the review started, as the steps are. */
  @Column(name = "distinct_approvers", nullable = false, updatable = false)
  private boolean distinctApprovers;

  @Column(name = "submitted_by", nullable = false, updatable = false, length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private OffsetDateTime submittedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(name = "closing_reason", length = 4000)
  private String closingReason;

  @OneToMany(
      mappedBy = "review",
      cascade = {CascadeType.PERSIST, CascadeType.REFRESH},
      fetch = FetchType.EAGER)
  @OrderBy("decidedAt")
  private List<ReviewDecision> decisions = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Review() {
    // for JPA
  }

  Review(
      long itemId,
      long revisionId,
      int revisionNumber,
      String contentHash,
      List<WorkflowStep> steps,
      String submittedBy,
      Instant submittedAt) {
    this(itemId, revisionId, revisionNumber, contentHash, steps, false, submittedBy, submittedAt);
  }

  Review(
      long itemId,
      long revisionId,
      int revisionNumber,
      String contentHash,
      List<WorkflowStep> steps,
      boolean distinctApprovers,
      String submittedBy,
      Instant submittedAt) {
    this.itemId = itemId;
    this.revisionId = revisionId;
    this.revisionNumber = revisionNumber;
    this.contentHash = contentHash;
    this.steps = new ArrayList<>(steps);
    this.distinctApprovers = distinctApprovers;
    this.state = ReviewState.IN_PROGRESS;
    this.currentStep = 0;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt.atOffset(ZoneOffset.UTC);
  }

  /** A review of {@code revision} through the workflow's steps, in progress at the first step. */
  static Review of(
      Revision revision, WorkflowDefinition workflow, String submittedBy, Instant submittedAt) {
    Review review =
        new Review(
            revision.item().id(),
            revision.id(),
            revision.number(),
            revision.contentHash(),
            workflow.steps(),
            workflow.requiresDistinctApprovers(),
            submittedBy,
            submittedAt);
    review.onHotfix = revision.isHotfix();
    return review;
  }

  /**
   * Approves the current step. At the last step the review becomes APPROVED.
   *
   * @param authorsOfChange everyone who authored a revision in the range under review (since the
   *     live one)
   */
  public void approve(Actor actor, Set<String> authorsOfChange, String comment, Instant at) {
    requireInProgress("approve");
    requireMayDecide(actor);
    whyCannotApprove(actor, authorsOfChange)
        .ifPresent(
            refusal -> {
              throw new IllegalTransitionException(refusal);
            });
    decisions.add(
        new ReviewDecision(
            this,
            currentStep,
            currentStepName(),
            ReviewDecision.Outcome.APPROVED,
            actor.username(),
            comment,
            at));
    if (currentStep == steps.size() - 1) {
      state = ReviewState.APPROVED;
      closedAt = at.atOffset(ZoneOffset.UTC);
    } else {
      currentStep++;
    }
  }

  /** Sends the revision back to its author; a reason is mandatory. */
  public void reject(Actor actor, String reason, Instant at) {
    requireInProgress("reject");
    requireMayDecide(actor);
    if (reason == null || reason.isBlank()) {
      throw new IllegalTransitionException("A rejection needs a reason for the author.");
    }
    decisions.add(
        new ReviewDecision(
            this,
            currentStep,
            currentStepName(),
            ReviewDecision.Outcome.REJECTED,
            actor.username(),
            reason,
            at));
    state = ReviewState.REJECTED;
    closedAt = at.atOffset(ZoneOffset.UTC);
    closingReason = reason.strip();
  }

  /** Ends an open review because it no longer judges the item's latest content. */
  public void voidBecause(String reason, Instant at) {
    if (!state.isOpen()) {
      throw new IllegalTransitionException(
          "A review that is " + describe(state) + " cannot be voided.");
    }
    state = ReviewState.VOIDED;
    closedAt = at.atOffset(ZoneOffset.UTC);
    closingReason = reason;
  }

  /** Records that the approved revision went live. */
  public void markPublished(Instant at) {
    if (state != ReviewState.APPROVED) {
      throw new IllegalTransitionException(
          "Only an approved review can be published; this one is " + describe(state) + ".");
    }
    state = ReviewState.PUBLISHED;
    closedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Whether this review approved exactly this revision: same id and, still, the same content. */
  public boolean approves(Revision revision) {
    return approves(revision.id(), revision.contentHash());
  }

  boolean approves(long otherRevisionId, String otherContentHash) {
    return state == ReviewState.APPROVED
        && revisionId == otherRevisionId
        && contentHash.equals(otherContentHash);
  }

  /**
   * Why {@code actor} may not decide now, or empty if they may. For screens that disable buttons
   * with a reason.
   */
  public Optional<String> whyCannotDecide(Actor actor, Set<String> authorsOfChange) {
    if (state != ReviewState.IN_PROGRESS) {
      return Optional.of("The review is " + describe(state) + ".");
    }
    if (!actor.inGroup(currentStepGroup())) {
      return Optional.of(
          "Step '" + currentStepName() + "' is for the group '" + currentStepGroup() + "'.");
    }
    return whyCannotApprove(actor, authorsOfChange);
  }

  /**
   * The rules on who may approve, beyond the step's group: the four-eyes rule, and, where the
   * workflow asks for it, a different person for each step. Approving and listing what waits for
   * someone both ask this, so a list never offers what the action would refuse.
   */
  private Optional<String> whyCannotApprove(Actor actor, Set<String> authorsOfChange) {
    if (authorsOfChange.contains(actor.username())) {
      return Optional.of(
          "You wrote part of this change, so someone else must approve it (four-eyes rule).");
    }
    if (distinctApprovers) {
      Optional<ReviewDecision> earlier =
          decisions.stream()
              .filter(decision -> decision.outcome() == ReviewDecision.Outcome.APPROVED)
              .filter(decision -> decision.actor().equals(actor.username()))
              .findFirst();
      if (earlier.isPresent()) {
        return Optional.of(
            "You approved step '"
                + earlier.get().stepName()
                + "' of this review; step '"
                + currentStepName()
                + "' needs another person (this workflow requires a different approver for each"
                + " step).");
      }
    }
    return Optional.empty();
  }

  /** Where each step stands: approved (by whom), waiting, sent back or not reached. */
  public ReviewProgress progress() {
    return ReviewProgress.of(this);
  }

  /** Whether each step needs a person who approved no earlier step of this review. */
  public boolean requiresDistinctApprovers() {
    return distinctApprovers;
  }

  private void requireInProgress(String action) {
    if (state != ReviewState.IN_PROGRESS) {
      throw new IllegalTransitionException(
          "Cannot " + action + ": the review is " + describe(state) + ".");
    }
  }

  private void requireMayDecide(Actor actor) {
    if (!actor.inGroup(currentStepGroup())) {
      throw new IllegalTransitionException(
          "Only members of the group '"
              + currentStepGroup()
              + "' may decide on step '"
              + currentStepName()
              + "'.");
    }
  }

  private static String describe(ReviewState state) {
    return switch (state) {
      case IN_PROGRESS -> "in progress";
      case APPROVED -> "already approved";
      case REJECTED -> "already rejected";
      case VOIDED -> "void (the item was changed after it was submitted)";
      case PUBLISHED -> "already published";
    };
  }

  public Long id() {
    return id;
  }

  public long itemId() {
    return itemId;
  }

  public long revisionId() {
    return revisionId;
  }

  public int revisionNumber() {
    return revisionNumber;
  }

  public String contentHash() {
    return contentHash;
  }

  /** Whether this review judges a hotfix of the live revision rather than the draft line. */
  public boolean isOnHotfix() {
    return onHotfix;
  }

  public List<WorkflowStep> steps() {
    return List.copyOf(steps);
  }

  public ReviewState state() {
    return state;
  }

  public int currentStepIndex() {
    return currentStep;
  }

  public String currentStepName() {
    return steps.get(currentStep).name();
  }

  public String currentStepGroup() {
    return steps.get(currentStep).reviewerGroup();
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt.toInstant();
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt).map(OffsetDateTime::toInstant);
  }

  /** The rejection reason or why the review was voided. */
  public Optional<String> closingReason() {
    return Optional.ofNullable(closingReason);
  }

  public List<ReviewDecision> decisions() {
    return List.copyOf(decisions);
  }
}

package org.specworks.cms.releases;

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
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowStep;

/**
 * A set of item revisions that is reviewed and published as one. State machine: OPEN → (submit)
 * IN_REVIEW → (approve every step) APPROVED → (publish) PUBLISHED; IN_REVIEW → (reject, with a
 * reason) OPEN; IN_REVIEW or APPROVED → (reopen) OPEN; anything but PUBLISHED → CANCELLED. Entries
 * change only while OPEN, so an approval always judged exactly what is published.
 *
 * <p>The review runs the steps its entries' workflows would run on their own (the union, in order,
 * fixed at submission): a policy in a release still needs its Communications and Legal review. Each
 * step is decided by a member of its reviewer group who wrote no part of the release.
 */
@Entity
@Table(name = "content_release")
public class Release {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_release_seq")
  @SequenceGenerator(
      name = "content_release_seq",
      sequenceName = "content_release_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private ReleaseState state;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note", length = 4000)
  private String decisionNote;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @OneToMany(
      mappedBy = "release",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("addedAt")
  private List<ReleaseEntry> entries = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "release_step", joinColumns = @JoinColumn(name = "release_id"))
  @OrderColumn(name = "position")
  private List<WorkflowStep> steps = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "release_approval", joinColumns = @JoinColumn(name = "release_id"))
  @OrderColumn(name = "step_index")
  private List<ReleaseApproval> approvals = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Release() {
    // for JPA
  }

  Release(String title, String description, String createdBy, Instant at) {
    if (title == null || title.isBlank() || title.strip().length() > 200) {
      throw new org.specworks.cms.shared.InvalidInputException(
          "A release needs a title of at most 200 characters.");
    }
    this.title = title.strip();
    this.description = description == null ? "" : description.strip();
    this.state = ReleaseState.OPEN;
    this.createdBy = createdBy;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /** Puts the revision in the release, replacing an older revision of the same item. */
  void add(Revision revision, String by, Instant at) {
    requireState("change its contents", ReleaseState.OPEN);
    Optional<ReleaseEntry> existing = entryFor(revision.item().id());
    if (existing.isPresent()) {
      existing.get().point(revision, by, at);
    } else {
      entries.add(new ReleaseEntry(this, revision, by, at));
    }
  }

  void remove(long itemId) {
    requireState("change its contents", ReleaseState.OPEN);
    if (!entries.removeIf(entry -> entry.itemId() == itemId)) {
      throw new IllegalTransitionException("That item is not in the release.");
    }
  }

  /**
   * @param reviewSteps the steps of the entries' workflows, each once, in the order they run
   */
  void submit(String by, List<WorkflowStep> reviewSteps, Instant at) {
    requireState("submit it", ReleaseState.OPEN);
    if (entries.isEmpty()) {
      throw new IllegalTransitionException(
          "An empty release cannot be submitted: add at least one item.");
    }
    if (reviewSteps.isEmpty()) {
      throw new IllegalArgumentException("A release review needs at least one step");
    }
    steps.clear();
    steps.addAll(reviewSteps);
    approvals.clear();
    state = ReleaseState.IN_REVIEW;
    submittedBy = by;
    submittedAt = at.atOffset(ZoneOffset.UTC);
    decidedBy = null;
    decidedAt = null;
    decisionNote = null;
  }

  /**
   * Approves the current step; the release is approved once its last step is.
   *
   * @param authorsOfChange everyone who wrote part of any entry's change: none of them may approve
   * @return the step approved
   */
  WorkflowStep approve(Actor actor, Set<String> authorsOfChange, String note, Instant at) {
    requireState("approve it", ReleaseState.IN_REVIEW);
    whyCannotDecide(actor, authorsOfChange)
        .ifPresent(
            reason -> {
              throw new IllegalTransitionException(reason);
            });
    WorkflowStep step = currentStep().orElseThrow();
    approvals.add(new ReleaseApproval(step.name(), actor.username(), note, at));
    if (approvals.size() == steps.size()) {
      decide(ReleaseState.APPROVED, actor.username(), note, at);
    }
    return step;
  }

  /**
   * Sends the release back to its composer, from whichever step; a member of that step's group
   * decides.
   */
  void reject(Actor actor, String reason, Instant at) {
    requireState("reject it", ReleaseState.IN_REVIEW);
    WorkflowStep step = currentStep().orElseThrow();
    if (!actor.inGroup(step.reviewerGroup())) {
      throw new IllegalTransitionException(
          "Only members of the group '"
              + step.reviewerGroup()
              + "' may decide on step '"
              + step.name()
              + "'.");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalTransitionException("A rejection needs a reason for the release's authors.");
    }
    decide(ReleaseState.OPEN, actor.username(), reason.strip(), at);
  }

  /**
   * Why {@code actor} may not approve now, or empty if they may: for screens that disable the
   * button with the reason, and for {@link #approve}.
   */
  public Optional<String> whyCannotDecide(Actor actor, Set<String> authorsOfChange) {
    Optional<WorkflowStep> step = currentStep();
    if (step.isEmpty()) {
      return Optional.of(
          "The release is " + state.name().toLowerCase().replace('_', ' ') + ", not in review.");
    }
    if (!actor.inGroup(step.get().reviewerGroup())) {
      return Optional.of(
          "Step '"
              + step.get().name()
              + "' is for the group '"
              + step.get().reviewerGroup()
              + "'.");
    }
    if (authorsOfChange.contains(actor.username())) {
      return Optional.of(
          "You wrote part of this release, so someone else must approve it (four-eyes rule).");
    }
    return Optional.empty();
  }

  /** The step waiting for a decision while the release is in review. */
  public Optional<WorkflowStep> currentStep() {
    return state == ReleaseState.IN_REVIEW && approvals.size() < steps.size()
        ? Optional.of(steps.get(approvals.size()))
        : Optional.empty();
  }

  /** The steps of the release's latest review, in order; empty before it was first submitted. */
  public List<WorkflowStep> steps() {
    return List.copyOf(steps);
  }

  /** The steps of the latest review approved so far, in order. */
  public List<ReleaseApproval> approvals() {
    return List.copyOf(approvals);
  }

  /** Back to composing: any approval is void. */
  void reopen(String by, String reason, Instant at) {
    if (state != ReleaseState.IN_REVIEW && state != ReleaseState.APPROVED) {
      throw new IllegalTransitionException(
          "Only a release in review or approved can be reopened; this one is "
              + state.name().toLowerCase()
              + ".");
    }
    decide(ReleaseState.OPEN, by, reason, at);
  }

  void markPublished(String by, Instant at) {
    requireState("publish it", ReleaseState.APPROVED);
    state = ReleaseState.PUBLISHED;
    publishedBy = by;
    publishedAt = at.atOffset(ZoneOffset.UTC);
  }

  void cancel(String by, String reason, Instant at) {
    if (state == ReleaseState.PUBLISHED || state == ReleaseState.CANCELLED) {
      throw new IllegalTransitionException(
          "A " + state.name().toLowerCase() + " release cannot be cancelled.");
    }
    decide(ReleaseState.CANCELLED, by, reason, at);
  }

  private void decide(ReleaseState next, String by, String note, Instant at) {
    state = next;
    decidedBy = by;
    decidedAt = at.atOffset(ZoneOffset.UTC);
    decisionNote = note == null || note.isBlank() ? null : note.strip();
  }

  private void requireState(String action, ReleaseState required) {
    if (state != required) {
      throw new IllegalTransitionException(
          "Cannot "
              + action
              + ": the release is "
              + state.name().toLowerCase().replace('_', ' ')
              + ", not "
              + required.name().toLowerCase().replace('_', ' ')
              + ".");
    }
  }

  public Optional<ReleaseEntry> entryFor(long itemId) {
    return entries.stream().filter(entry -> entry.itemId() == itemId).findFirst();
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public ReleaseState state() {
    return state;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<String> submittedBy() {
    return Optional.ofNullable(submittedBy);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  /** The approval's comment, the rejection's reason, or why it was reopened or cancelled. */
  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant);
  }

  public List<ReleaseEntry> entries() {
    return List.copyOf(entries);
  }

  public long version() {
    return version;
  }
}

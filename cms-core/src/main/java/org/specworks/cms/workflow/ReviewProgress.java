package org.specworks.cms.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where each step of a review stands, in words a reviewer reads: "Step 1 of 2: Communications
 * review ✓ — Step 2 of 2: Legal review: waiting".
 *
 * @param steps in workflow order
 * @param approved whether the whole review is approved (or since published)
 */
public record ReviewProgress(List<Step> steps, boolean approved) {

  public ReviewProgress {
    steps = List.copyOf(steps);
  }

  /** How far one step got. */
  public enum Status {
    APPROVED,
    WAITING,
    SENT_BACK,
    NOT_REACHED,
    STOPPED
  }

  /**
   * One step.
   *
   * @param number from 1
   * @param of how many steps the review has
   * @param decidedBy who approved or sent it back; empty while undecided
   */
  public record Step(int number, int of, String name, Status status, Optional<String> decidedBy) {

    /** "Step 1 of 2: Communications review ✓", "Step 2 of 2: Legal review: waiting". */
    public String label() {
      String step = "Step " + number + " of " + of + ": " + name;
      return switch (status) {
        case APPROVED -> step + " ✓";
        case WAITING -> step + ": waiting";
        case SENT_BACK -> step + ": sent back";
        case NOT_REACHED -> step + ": not reached yet";
        case STOPPED -> step + ": not decided (review closed)";
      };
    }
  }

  static ReviewProgress of(Review review) {
    List<Step> steps = new ArrayList<>();
    List<WorkflowStep> workflow = review.steps();
    for (int i = 0; i < workflow.size(); i++) {
      Optional<ReviewDecision> decision = decisionOn(review, i);
      steps.add(
          new Step(
              i + 1,
              workflow.size(),
              workflow.get(i).name(),
              statusOf(review, i, decision),
              decision.map(ReviewDecision::actor)));
    }
    return new ReviewProgress(
        steps, review.state() == ReviewState.APPROVED || review.state() == ReviewState.PUBLISHED);
  }

  private static Optional<ReviewDecision> decisionOn(Review review, int stepIndex) {
    return review.decisions().stream()
        .filter(decision -> decision.stepIndex() == stepIndex)
        .reduce((first, last) -> last);
  }

  private static Status statusOf(Review review, int index, Optional<ReviewDecision> decision) {
    if (decision.isPresent()) {
      return decision.get().outcome() == ReviewDecision.Outcome.APPROVED
          ? Status.APPROVED
          : Status.SENT_BACK;
    }
    if (review.state() != ReviewState.IN_PROGRESS) {
      return Status.STOPPED;
    }
    return index == review.currentStepIndex() ? Status.WAITING : Status.NOT_REACHED;
  }

  /** All steps' labels in one line, " — " between them. */
  public String summary() {
    return steps.stream().map(Step::label).collect(Collectors.joining(" — "));
  }

  /**
   * What to tell the reviewer who just approved: "Approved." when the review is approved as a
   * whole, "Approved step 1 of 2; waiting for Legal review." while steps remain.
   */
  public String afterApproval() {
    if (approved) {
      return "Approved.";
    }
    Step done =
        steps.stream()
            .filter(step -> step.status() == Status.APPROVED)
            .reduce((first, last) -> last)
            .orElseThrow(() -> new IllegalStateException("No step is approved yet"));
    String next =
        steps.stream()
            .filter(step -> step.status() == Status.WAITING)
            .map(Step::name)
            .findFirst()
            .orElse("the next step");
    return "Approved step " + done.number() + " of " + done.of() + "; waiting for " + next + ".";
  }
}

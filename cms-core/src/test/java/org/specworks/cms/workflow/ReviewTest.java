package org.specworks.cms.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;

class ReviewTest {

  private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  private static final Set<String> AUTHORS = Set.of("ed");
  private static final Actor REVIEWER = actor("rita", "reviewers");
  private static final Actor COMMS = actor("cora", "communications");
  private static final Actor LAWYER = actor("lou", "legal");

  private static Review singleStep() {
    return new Review(
        1, 10, 2, "hash-10", List.of(new WorkflowStep("Review", "reviewers")), "ed", T0);
  }

  private static Review policyReview() {
    return new Review(
        1,
        10,
        2,
        "hash-10",
        List.of(
            new WorkflowStep("Communications review", "communications"),
            new WorkflowStep("Legal review", "legal")),
        "ed",
        T0);
  }

  /** Brings a fresh single-step review into {@code state} by legal moves. */
  private static Review inState(ReviewState state) {
    Review review = singleStep();
    switch (state) {
      case IN_PROGRESS -> {}
      case APPROVED -> review.approve(REVIEWER, AUTHORS, "", T0);
      case REJECTED -> review.reject(REVIEWER, "needs work", T0);
      case VOIDED -> review.voidBecause("saved again", T0);
      case PUBLISHED -> {
        review.approve(REVIEWER, AUTHORS, "", T0);
        review.markPublished(T0);
      }
    }
    assertEquals(state, review.state());
    return review;
  }

  static Stream<Arguments> transitionTable() {
    Consumer<Review> approve = r -> r.approve(REVIEWER, AUTHORS, "ok", T0);
    Consumer<Review> reject = r -> r.reject(REVIEWER, "no", T0);
    Consumer<Review> voidIt = r -> r.voidBecause("saved again", T0);
    Consumer<Review> publish = r -> r.markPublished(T0);
    return Stream.of(
        // state, action name, action, resulting state or null if refused, words of the refusal
        Arguments.of(ReviewState.IN_PROGRESS, "approve", approve, ReviewState.APPROVED, null),
        Arguments.of(ReviewState.IN_PROGRESS, "reject", reject, ReviewState.REJECTED, null),
        Arguments.of(ReviewState.IN_PROGRESS, "void", voidIt, ReviewState.VOIDED, null),
        Arguments.of(ReviewState.IN_PROGRESS, "publish", publish, null, "Only an approved review"),
        Arguments.of(ReviewState.APPROVED, "approve", approve, null, "already approved"),
        Arguments.of(ReviewState.APPROVED, "reject", reject, null, "already approved"),
        Arguments.of(ReviewState.APPROVED, "void", voidIt, ReviewState.VOIDED, null),
        Arguments.of(ReviewState.APPROVED, "publish", publish, ReviewState.PUBLISHED, null),
        Arguments.of(ReviewState.REJECTED, "approve", approve, null, "already rejected"),
        Arguments.of(ReviewState.REJECTED, "reject", reject, null, "already rejected"),
        Arguments.of(ReviewState.REJECTED, "void", voidIt, null, "cannot be voided"),
        Arguments.of(ReviewState.REJECTED, "publish", publish, null, "Only an approved review"),
        Arguments.of(ReviewState.VOIDED, "approve", approve, null, "void"),
        Arguments.of(ReviewState.VOIDED, "reject", reject, null, "void"),
        Arguments.of(ReviewState.VOIDED, "void", voidIt, null, "cannot be voided"),
        Arguments.of(ReviewState.VOIDED, "publish", publish, null, "Only an approved review"),
        Arguments.of(ReviewState.PUBLISHED, "approve", approve, null, "already published"),
        Arguments.of(ReviewState.PUBLISHED, "reject", reject, null, "already published"),
        Arguments.of(ReviewState.PUBLISHED, "void", voidIt, null, "cannot be voided"),
        Arguments.of(ReviewState.PUBLISHED, "publish", publish, null, "Only an approved review"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {3}")
  @MethodSource("transitionTable")
  void followsTheTransitionTable(
      ReviewState from,
      String actionName,
      Consumer<Review> action,
      ReviewState to,
      String refusal) {
    Review review = inState(from);
    if (to != null) {
      action.accept(review);
      assertEquals(to, review.state());
    } else {
      IllegalTransitionException error =
          assertThrows(IllegalTransitionException.class, () -> action.accept(review));
      assertTrue(error.getMessage().contains(refusal), error.getMessage());
      assertEquals(from, review.state(), "a refused move changes nothing");
    }
  }

  @Test
  void refusesApprovalByAnAuthorOfTheChange() {
    Review review = singleStep();
    Actor authorWhoReviews = actor("ed", "reviewers");

    IllegalTransitionException error =
        assertThrows(
            IllegalTransitionException.class,
            () -> review.approve(authorWhoReviews, Set.of("ed", "al"), "", T0));
    assertTrue(error.getMessage().contains("four-eyes"));
    assertEquals(ReviewState.IN_PROGRESS, review.state());
    assertTrue(review.decisions().isEmpty());
  }

  @Test
  void refusesDecisionsBySomeoneOutsideTheStepsGroup() {
    Review review = policyReview();

    IllegalTransitionException error =
        assertThrows(
            IllegalTransitionException.class, () -> review.approve(LAWYER, AUTHORS, "", T0));
    assertTrue(error.getMessage().contains("'communications'"), error.getMessage());
    assertThrows(IllegalTransitionException.class, () -> review.reject(REVIEWER, "no", T0));
  }

  @Test
  void multiStepReviewApprovesOnlyAtTheLastStepWithEachDecisionBoundToTheRevision() {
    Review review = policyReview();

    review.approve(COMMS, AUTHORS, "wording fine", T0);
    assertEquals(ReviewState.IN_PROGRESS, review.state());
    assertEquals("Legal review", review.currentStepName());

    review.approve(LAWYER, AUTHORS, "legally sound", T0.plusSeconds(60));
    assertEquals(ReviewState.APPROVED, review.state());
    assertEquals(
        List.of("cora", "lou"), review.decisions().stream().map(ReviewDecision::actor).toList());
    assertTrue(
        review.decisions().stream()
            .allMatch(d -> d.revisionId() == 10 && d.contentHash().equals("hash-10")));
  }

  @Test
  void rejectionAtAnyStepNeedsAReasonAndEndsTheReview() {
    Review review = policyReview();
    review.approve(COMMS, AUTHORS, "", T0);

    assertThrows(IllegalTransitionException.class, () -> review.reject(LAWYER, "  ", T0));
    review.reject(LAWYER, "Clause 3 contradicts the IPR policy", T0);

    assertEquals(ReviewState.REJECTED, review.state());
    assertEquals("Clause 3 contradicts the IPR policy", review.closingReason().orElseThrow());
  }

  @Test
  void approvalIsBoundToTheExactRevisionAndContent() {
    Review review = inState(ReviewState.APPROVED);

    assertTrue(review.approves(10, "hash-10"));
    assertFalse(review.approves(11, "hash-10"), "another revision");
    assertFalse(review.approves(10, "hash-other"), "same revision id, other content");
  }

  @Test
  void explainsWhyAReviewerCannotDecide() {
    Review review = singleStep();

    assertEquals(
        "Step 'Review' is for the group 'reviewers'.",
        review.whyCannotDecide(LAWYER, AUTHORS).orElseThrow());
    assertTrue(
        review
            .whyCannotDecide(actor("ed", "reviewers"), AUTHORS)
            .orElseThrow()
            .contains("You wrote"));
    assertTrue(review.whyCannotDecide(REVIEWER, AUTHORS).isEmpty());
  }

  private static Review policyReviewWithDistinctApprovers() {
    return new Review(
        1,
        10,
        2,
        "hash-10",
        List.of(
            new WorkflowStep("Communications review", "communications"),
            new WorkflowStep("Legal review", "legal")),
        true,
        "ed",
        T0);
  }

  private static Actor inBothGroups(String name) {
    return new Actor(
        name, EnumSet.of(Role.REVIEWER), new TreeSet<>(Set.of("communications", "legal")));
  }

  @Test
  void withDistinctApproversOnePersonInBothGroupsCannotPassBothSteps() {
    Review review = policyReviewWithDistinctApprovers();
    Actor both = inBothGroups("bo");
    review.approve(both, AUTHORS, "fine by communications", T0);

    String why = review.whyCannotDecide(both, AUTHORS).orElseThrow();
    IllegalTransitionException refused =
        assertThrows(IllegalTransitionException.class, () -> review.approve(both, AUTHORS, "", T0));

    assertEquals(why, refused.getMessage(), "the list and the action give the same reason");
    assertTrue(why.contains("You approved step 'Communications review'"), why);
    assertTrue(why.contains("step 'Legal review' needs another person"), why);
    assertEquals(ReviewState.IN_PROGRESS, review.state());
    review.approve(LAWYER, AUTHORS, "", T0);
    assertEquals(ReviewState.APPROVED, review.state());
  }

  @Test
  void withoutTheRuleOnePersonInBothGroupsMayPassBothSteps() {
    Review review = policyReview();
    Actor both = inBothGroups("bo");
    review.approve(both, AUTHORS, "", T0);
    review.approve(both, AUTHORS, "", T0);

    assertEquals(ReviewState.APPROVED, review.state());
  }

  @Test
  void progressNamesEachStepAndTheBannerAfterAFirstApprovalSaysWhatWaits() {
    Review review = policyReviewWithDistinctApprovers();
    assertEquals(
        "Step 1 of 2: Communications review: waiting — Step 2 of 2: Legal review: not reached yet",
        review.progress().summary());

    review.approve(COMMS, AUTHORS, "", T0);

    assertEquals(
        "Step 1 of 2: Communications review ✓ — Step 2 of 2: Legal review: waiting",
        review.progress().summary());
    assertEquals(
        "Approved step 1 of 2; waiting for Legal review.", review.progress().afterApproval());
    assertEquals(java.util.Optional.of("cora"), review.progress().steps().get(0).decidedBy());

    review.approve(LAWYER, AUTHORS, "", T0);

    assertEquals("Approved.", review.progress().afterApproval());
    assertEquals(
        "Step 1 of 2: Communications review ✓ — Step 2 of 2: Legal review ✓",
        review.progress().summary());
  }

  @Test
  void progressShowsWhereAReviewWasSentBack() {
    Review review = policyReview();
    review.approve(COMMS, AUTHORS, "", T0);
    review.reject(LAWYER, "the clause is wrong", T0);

    assertEquals(
        "Step 1 of 2: Communications review ✓ — Step 2 of 2: Legal review: sent back",
        review.progress().summary());
  }

  private static Actor actor(String name, String group) {
    return new Actor(name, EnumSet.of(Role.REVIEWER), new TreeSet<>(Set.of(group)));
  }
}

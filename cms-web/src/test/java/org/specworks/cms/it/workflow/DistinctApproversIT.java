package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.COMMUNICATIONS;
import static org.specworks.cms.it.Staff.EDITING_REVIEWER;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.LEGAL;
import static org.specworks.cms.it.Staff.REVIEWER;
import static org.specworks.cms.it.workflow.WorkflowIT.page;
import static org.specworks.cms.it.workflow.WorkflowIT.policy;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewRemark;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Who may act on a review (issue 18): one person in both policy groups cannot pass both steps while
 * the workflow asks for distinct approvers (the default), "Waiting for my review" lists only what
 * the approval would accept, and what reviewers said with their decisions is kept with the
 * comments.
 */
@CmsIntegrationTest
class DistinctApproversIT {

  private static final Actor BOTH_GROUPS =
      Staff.actor(
          "bea", EnumSet.of(Role.REVIEWER), ReviewerGroups.COMMUNICATIONS, ReviewerGroups.LEGAL);

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;

  @Test
  void onePersonInBothPolicyGroupsPassesOnlyOneStepAndTheQueueAgrees() {
    assertTrue(workflow.requiresDistinctApprovers(ContentType.POLICY), "on by default");
    Review review = policyInReview();
    long revision = review.revisionId();
    assertTrue(listedFor(BOTH_GROUPS, review));

    workflow.approve(BOTH_GROUPS, review.id(), revision, "wording ok");

    assertFalse(listedFor(BOTH_GROUPS, review), "the second step is not offered to bea");
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> workflow.approve(BOTH_GROUPS, review.id(), revision, ""));
    assertEquals(
        workflow.whyCannotDecide(BOTH_GROUPS, workflow.requireReview(review.id())).orElseThrow(),
        refused.getMessage(),
        "the queue and the action give one reason");
    assertTrue(
        refused.getMessage().contains("step 'Legal review' needs another person"),
        refused.getMessage());
    assertEquals(ReviewState.IN_PROGRESS, workflow.requireReview(review.id()).state());
    assertTrue(listedFor(LEGAL, review));

    workflow.approve(LEGAL, review.id(), revision, "legally sound");
    assertEquals(ReviewState.APPROVED, workflow.requireReview(review.id()).state());
  }

  @Test
  void turnedOffOnePersonMayPassBothStepsAndRunningReviewsKeepTheirRule() {
    Review startedWithTheRule = policyInReview();
    try {
      workflow.requireDistinctApprovers(ADMIN, ContentType.POLICY, false);
      Review startedWithout = policyInReview();

      workflow.approve(BOTH_GROUPS, startedWithout.id(), startedWithout.revisionId(), "");
      assertTrue(listedFor(BOTH_GROUPS, startedWithout));
      workflow.approve(BOTH_GROUPS, startedWithout.id(), startedWithout.revisionId(), "");
      assertEquals(ReviewState.APPROVED, workflow.requireReview(startedWithout.id()).state());

      workflow.approve(BOTH_GROUPS, startedWithTheRule.id(), startedWithTheRule.revisionId(), "");
      assertThrows(
          IllegalTransitionException.class,
          () ->
              workflow.approve(
                  BOTH_GROUPS, startedWithTheRule.id(), startedWithTheRule.revisionId(), ""));
    } finally {
      workflow.requireDistinctApprovers(ADMIN, ContentType.POLICY, true);
    }
  }

  @Test
  void onlyAnAdministratorChangesTheRule() {
    assertThrows(
        PermissionDeniedException.class,
        () -> workflow.requireDistinctApprovers(REVIEWER, ContentType.POLICY, false));
    assertTrue(workflow.requiresDistinctApprovers(ContentType.POLICY));
  }

  @Test
  void anEditorReviewerDoesNotSeeTheirOwnChangeAsWaitingForThem() {
    ContentPath path = Staff.freshPath("own-change");
    Revision r1 =
        content
            .create(EDITING_REVIEWER, ContentType.PAGE, path, page("mine"), "my note")
            .latestRevision()
            .orElseThrow();
    Review review = workflow.submitForReview(EDITING_REVIEWER, path, r1.id());

    assertFalse(listedFor(EDITING_REVIEWER, review), "four-eyes: not theirs to decide");
    assertTrue(listedFor(REVIEWER, review));
    assertTrue(
        workflow.inProgress().stream().anyMatch(r -> r.id().equals(review.id())),
        "it stays in the queue of all reviews");
    assertEquals("my note", workflow.changeNoteOf(review));
  }

  @Test
  void approvalAndRejectionNotesAreAmongTheCommentsOldestFirst() {
    Review review = policyInReview();
    workflow.comment(EDITOR, review.id(), "Please look at section 2.");
    workflow.approve(COMMUNICATIONS, review.id(), review.revisionId(), "Wording is clear.");
    workflow.reject(LEGAL, review.id(), "Clause 3 contradicts the bylaws.");

    List<ReviewRemark> remarks = workflow.remarksOn(workflow.requireReview(review.id()));

    assertEquals(
        List.of(
            "edna: Please look at section 2.",
            "cora (approved step 'Communications review'): Wording is clear.",
            "lou (sent back at step 'Legal review'): Clause 3 contradicts the bylaws."),
        remarks.stream()
            .map(
                r ->
                    r.author()
                        + (r.isFromDecision() ? " (" + r.decision() + ")" : "")
                        + ": "
                        + r.text())
            .toList());
    assertEquals(
        "Step 1 of 2: Communications review ✓ — Step 2 of 2: Legal review: sent back",
        workflow.requireReview(review.id()).progress().summary());
  }

  private Review policyInReview() {
    ContentPath path = Staff.freshPath("policy");
    Revision r1 =
        content
            .create(EDITOR, ContentType.POLICY, path, policy("Openness Policy"), "")
            .latestRevision()
            .orElseThrow();
    return workflow.submitForReview(EDITOR, path, r1.id());
  }

  private boolean listedFor(Actor actor, Review review) {
    return workflow.awaitingDecisionBy(actor).stream().anyMatch(r -> r.id().equals(review.id()));
  }
}

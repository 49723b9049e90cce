package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.COMMUNICATIONS;
import static org.specworks.cms.it.Staff.EDITING_REVIEWER;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.LEGAL;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.EditorialState;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowService;
import org.specworks.cms.workflow.WorkflowStep;

/** The review workflow end to end against the run's database. */
@CmsIntegrationTest
class WorkflowIT {

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private LiveContent live;

  @Test
  void draftGoesThroughReviewToLiveWhileTheLiveRevisionKeepsServing() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("First words"), ""));
    publishAfterReview(path, r1);
    assertEquals(EditorialState.PUBLISHED, workflow.stateOf(path));

    Revision r2 = content.save(EDITOR, path, r1.id(), page("Better words"), "");
    assertEquals(EditorialState.DRAFT, workflow.stateOf(path));
    assertEquals(PublicationStatus.LIVE_WITH_PENDING_CHANGES, content.requireByPath(path).status());
    assertEquals(
        r1.id(), live.livePage(path).orElseThrow().revisionId(), "readers still get revision 1");

    Review review = workflow.submitForReview(EDITOR, path, r2.id());
    assertEquals(EditorialState.IN_REVIEW, workflow.stateOf(path));
    workflow.approve(REVIEWER, review.id(), r2.id(), "fine");
    assertEquals(EditorialState.APPROVED, workflow.stateOf(path));
    assertEquals(
        r1.id(),
        live.livePage(path).orElseThrow().revisionId(),
        "approval alone publishes nothing");

    publishing.publish(REVIEWER, path, r2.id());

    assertEquals(r2.id(), live.livePage(path).orElseThrow().revisionId());
    assertEquals(ReviewState.PUBLISHED, workflow.requireReview(review.id()).state());
  }

  @Test
  void nobodyApprovesARangeContainingTheirOwnChange() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("one"), ""));
    Revision r2 = content.save(EDITING_REVIEWER, path, r1.id(), page("two, by a reviewer"), "");
    Revision r3 = content.save(EDITOR, path, r2.id(), page("three"), "");
    Review review = workflow.submitForReview(EDITOR, path, r3.id());

    IllegalTransitionException fourEyes =
        assertThrows(
            IllegalTransitionException.class,
            () -> workflow.approve(EDITING_REVIEWER, review.id(), r3.id(), ""));

    assertTrue(fourEyes.getMessage().contains("four-eyes"), fourEyes.getMessage());
    assertEquals(ReviewState.IN_PROGRESS, workflow.requireReview(review.id()).state());
    workflow.approve(REVIEWER, review.id(), r3.id(), "");
  }

  @Test
  void aSaveAfterApprovalVoidsItAndTheItemGoesBackToReview() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("one"), ""));
    Review approved = workflow.submitForReview(EDITOR, path, r1.id());
    workflow.approve(REVIEWER, approved.id(), r1.id(), "");

    Revision r2 = content.save(EDITOR, path, r1.id(), page("one, edited after approval"), "");

    assertEquals(ReviewState.VOIDED, workflow.requireReview(approved.id()).state());
    Review again = workflow.openReviewOf(path).orElseThrow();
    assertEquals(r2.id(), again.revisionId());
    assertEquals(EditorialState.IN_REVIEW, workflow.stateOf(path));
    IllegalTransitionException notApproved =
        assertThrows(
            IllegalTransitionException.class, () -> publishing.publish(REVIEWER, path, r2.id()));
    assertTrue(notApproved.getMessage().contains("no valid approval"), notApproved.getMessage());
    assertThrows(
        IllegalTransitionException.class,
        () -> workflow.approve(REVIEWER, approved.id(), r1.id(), ""),
        "the voided approval cannot be revived");
  }

  @Test
  void rejectionNeedsAReasonAndReturnsTheItemToItsAuthor() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("draft"), ""));
    Review review = workflow.submitForReview(EDITOR, path, r1.id());

    assertThrows(
        IllegalTransitionException.class, () -> workflow.reject(REVIEWER, review.id(), " "));
    workflow.reject(REVIEWER, review.id(), "The second paragraph repeats the first.");

    assertEquals(EditorialState.REJECTED, workflow.stateOf(path));
    assertEquals(
        "The second paragraph repeats the first.",
        workflow.requireReview(review.id()).closingReason().orElseThrow());
    Revision r2 = content.save(EDITOR, path, r1.id(), page("draft, shorter"), "addressed review");
    assertEquals(EditorialState.DRAFT, workflow.stateOf(path));
    workflow.submitForReview(EDITOR, path, r2.id());
  }

  @Test
  void policiesNeedCommunicationsThenLegalAndRedefiningStepsLeavesRunningReviewsAlone() {
    ContentPath path = Staff.freshPath("policy");
    Revision r1 =
        latest(content.create(EDITOR, ContentType.POLICY, path, policy("Openness Policy"), ""));
    Review review = workflow.submitForReview(EDITOR, path, r1.id());
    List<WorkflowStep> original = workflow.stepsFor(ContentType.POLICY);

    try {
      workflow.redefine(
          ADMIN, ContentType.POLICY, List.of(new WorkflowStep("Board review", "board")));
      assertEquals(
          List.of("Communications review", "Legal review"),
          workflow.requireReview(review.id()).steps().stream().map(WorkflowStep::name).toList());

      assertThrows(
          IllegalTransitionException.class,
          () -> workflow.approve(LEGAL, review.id(), r1.id(), ""),
          "legal cannot act on the communications step");
      workflow.approve(COMMUNICATIONS, review.id(), r1.id(), "wording ok");
      assertEquals(EditorialState.IN_REVIEW, workflow.stateOf(path));
      workflow.approve(LEGAL, review.id(), r1.id(), "legally sound");
      assertEquals(EditorialState.APPROVED, workflow.stateOf(path));
    } finally {
      workflow.redefine(ADMIN, ContentType.POLICY, original);
    }
  }

  @Test
  void rolesAreCheckedInTheServicesThemselves() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("x"), ""));
    Review review = workflow.submitForReview(EDITOR, path, r1.id());

    assertThrows(
        PermissionDeniedException.class, () -> workflow.approve(EDITOR, review.id(), r1.id(), ""));
    assertThrows(PermissionDeniedException.class, () -> publishing.publish(EDITOR, path, r1.id()));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            workflow.redefine(
                REVIEWER, ContentType.PAGE, List.of(new WorkflowStep("x", "reviewers"))));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            publishing.publishUrgentFix(
                REVIEWER, path, r1.id(), "a long enough justification text"));
  }

  @Test
  void anAdministratorMayPublishAnUrgentFixOnlyWithAJustification() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 =
        latest(content.create(EDITOR, ContentType.PAGE, path, page("wrong phone number"), ""));
    Review review = workflow.submitForReview(EDITOR, path, r1.id());

    assertThrows(
        InvalidInputException.class,
        () -> publishing.publishUrgentFix(ADMIN, path, r1.id(), "typo"));
    publishing.publishUrgentFix(
        ADMIN, path, r1.id(), "Legal asked to take the wrong number down at once");

    assertEquals(r1.id(), live.livePage(path).orElseThrow().revisionId());
    assertEquals(ReviewState.VOIDED, workflow.requireReview(review.id()).state());
  }

  @Test
  void submittingIsRefusedForSupersededLiveOrAlreadyReviewedRevisions() {
    ContentPath path = Staff.freshPath("page");
    Revision r1 = latest(content.create(EDITOR, ContentType.PAGE, path, page("one"), ""));
    Revision r2 = content.save(EDITOR, path, r1.id(), page("two"), "");

    assertTrue(
        assertThrows(
                IllegalTransitionException.class,
                () -> workflow.submitForReview(EDITOR, path, r1.id()))
            .getMessage()
            .contains("revision 2 by edna is the latest now"));
    workflow.submitForReview(EDITOR, path, r2.id());
    assertTrue(
        assertThrows(
                IllegalTransitionException.class,
                () -> workflow.submitForReview(EDITOR, path, r2.id()))
            .getMessage()
            .contains("already in review"));

    publishing.publishUrgentFix(ADMIN, path, r2.id(), "Needed live before the board meeting today");
    assertTrue(
        assertThrows(
                IllegalTransitionException.class,
                () -> workflow.submitForReview(EDITOR, path, r2.id()))
            .getMessage()
            .contains("already live"));
    assertTrue(
        assertThrows(
                IllegalTransitionException.class, () -> publishing.publish(REVIEWER, path, r2.id()))
            .getMessage()
            .contains("already live"));
  }

  private void publishAfterReview(ContentPath path, Revision revision) {
    Review review = workflow.submitForReview(EDITOR, path, revision.id());
    workflow.approve(REVIEWER, review.id(), revision.id(), "");
    publishing.publish(REVIEWER, path, revision.id());
  }

  private static Revision latest(ContentItem item) {
    return item.latestRevision().orElseThrow();
  }

  static RevisionContent page(String body) {
    return new RevisionContent("A page", "", body);
  }

  static RevisionContent policy(String title) {
    return new RevisionContent(
        title,
        "Summary",
        "",
        Map.of("kind", "openness-policy", "effectiveDate", "2018-02-01", "position", "1"));
  }
}

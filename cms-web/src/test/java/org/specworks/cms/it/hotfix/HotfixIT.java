package org.specworks.cms.it.hotfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.EditorialSteps.page;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.MergeConflictException;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.RevisionKind;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * A fix of the live page while a bigger draft waits in review: both survive, and the merge is one
 * action.
 */
@CmsIntegrationTest
class HotfixIT {

  private static final String LIVE =
      "OMA SpecWorks hosts the specifcations.\n\nMembers meet four times a year.\n";
  private static final String FIXED = LIVE.replace("specifcations", "specifications");
  private static final String DRAFT = LIVE + "\nA new paragraph about collaboration.\n";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private AuditLog audit;

  @Test
  void hotfixGoesLiveWhileTheDraftWaitsAndTheMergeKeepsBothChanges() {
    ContentPath path = Staff.freshPath("hotfix");
    Revision live = steps.livePage(path, LIVE);
    Revision draft = steps.draft(path, DRAFT);
    Review draftReview = workflow.submitForReview(EDITOR, path, draft.id());

    Revision hotfix = hotfixes.saveHotfix(OTHER_EDITOR, path, live.id(), page(FIXED), "typo");
    assertEquals(RevisionKind.HOTFIX, hotfix.kind());
    assertEquals(draft.id(), latest(path).id(), "the draft stays the latest revision");
    assertEquals(
        ReviewState.IN_PROGRESS,
        workflow.requireReview(draftReview.id()).state(),
        "its review goes on");

    Review hotfixReview = workflow.submitForReview(OTHER_EDITOR, path, hotfix.id());
    assertEquals(
        ReviewState.IN_PROGRESS,
        workflow.requireReview(draftReview.id()).state(),
        "the two reviews run side by side");
    IllegalTransitionException ownFix =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                workflow.approve(
                    Staff.actor(
                        OTHER_EDITOR.username(),
                        java.util.EnumSet.of(org.specworks.cms.identity.Role.REVIEWER),
                        org.specworks.cms.identity.ReviewerGroups.REVIEWERS),
                    hotfixReview.id(),
                    hotfix.id(),
                    "mine"));
    assertTrue(ownFix.getMessage().contains("four-eyes"), ownFix.getMessage());
    workflow.approve(REVIEWER, hotfixReview.id(), hotfix.id(), "fast review");
    workflow.comment(REVIEWER, hotfixReview.id(), "looked at the fix only");
    long itemId = content.requireByPath(path).id();
    for (String said : List.of("fast review", "looked at the fix only")) {
      AuditEntry decision =
          audit.forItem(itemId).stream()
              .filter(entry -> entry.detail().contains(said))
              .findFirst()
              .orElseThrow();
      assertEquals(
          Optional.of(hotfix.id()),
          decision.revisionId(),
          decision.action()
              + " on the hotfix's review names the hotfix revision, not the waiting draft");
    }
    publishing.publish(REVIEWER, path, hotfix.id());

    ContentItem item = content.requireByPath(path);
    assertEquals(hotfix.id(), item.liveRevision().orElseThrow().id(), "readers get the fix");
    assertEquals(draft.id(), latest(path).id(), "the draft is kept");
    assertEquals(
        hotfix.id(),
        hotfixes.liveChangedSinceDraft(item).orElseThrow().id(),
        "the draft is marked: live changed since it started");

    IllegalTransitionException approveBeforeMerge =
        assertThrows(
            IllegalTransitionException.class,
            () -> workflow.approve(REVIEWER, draftReview.id(), draft.id(), "good paragraph"));
    assertTrue(
        approveBeforeMerge.getMessage().contains("must merge it in first"),
        "a draft that cannot be published before the merge is not approved first (the merge"
            + " would need a second approval): "
            + approveBeforeMerge.getMessage());
    assertEquals(
        Optional.of(approveBeforeMerge.getMessage()),
        workflow.whyCannotApprove(REVIEWER, workflow.requireReview(draftReview.id())),
        "the review screen disables approval with the same reason");
    assertTrue(
        workflow.whyCannotDecide(REVIEWER, workflow.requireReview(draftReview.id())).isEmpty(),
        "it can still be sent back");
    IllegalTransitionException wouldLoseFix =
        assertThrows(
            IllegalTransitionException.class, () -> publishing.publish(REVIEWER, path, draft.id()));
    assertTrue(
        wouldLoseFix.getMessage().contains("Merge it into the draft first"),
        wouldLoseFix.getMessage());

    Revision merged = hotfixes.mergeLiveIntoDraft(EDITOR, path, draft.id());
    assertEquals(FIXED + "\nA new paragraph about collaboration.\n", merged.content().body());
    assertEquals(hotfix.id(), merged.mergedRevision().orElseThrow().id());
    assertTrue(hotfixes.liveChangedSinceDraft(content.requireByPath(path)).isEmpty());
    assertEquals(
        ReviewState.VOIDED,
        workflow.requireReview(draftReview.id()).state(),
        "the merged text is new content: the old approval no longer applies");

    Review again = workflow.openReviewOf(path).orElseThrow();
    assertEquals(merged.id(), again.revisionId());
    workflow.approve(REVIEWER, again.id(), merged.id(), "both changes in");
    publishing.publish(REVIEWER, path, merged.id());
    String nowLive = content.requireByPath(path).liveRevision().orElseThrow().content().body();
    assertTrue(nowLive.contains("specifications") && nowLive.contains("new paragraph"), nowLive);
    assertEquals(
        4, content.history(path).size(), "live, draft, hotfix and merge are all in the history");
  }

  @Test
  void fourEyesCountsWhoWroteTheChangeUnderReviewNotWhoFixedLiveMeanwhile() {
    ContentPath path = Staff.freshPath("hotfix-four-eyes");
    Revision live = steps.livePage(path, LIVE);
    Revision draft = steps.draft(path, DRAFT);
    Actor fixer =
        Staff.actor(
            "felix",
            java.util.EnumSet.of(
                org.specworks.cms.identity.Role.EDITOR, org.specworks.cms.identity.Role.REVIEWER),
            org.specworks.cms.identity.ReviewerGroups.REVIEWERS);
    Revision hotfix = hotfixes.saveHotfix(fixer, path, live.id(), page(FIXED), "typo");
    steps.approve(path, hotfix);
    publishing.publish(REVIEWER, path, hotfix.id());
    Revision merged = hotfixes.mergeLiveIntoDraft(EDITOR, path, draft.id());
    Review review = workflow.submitForReview(EDITOR, path, merged.id());

    // The fix is live already; the change under review (live -> merged draft) is the editor's
    // alone. Reviews and
    // releases use one rule for this (ContentService.authorsOfChange); the review's used to count
    // the fixer too.
    assertEquals(
        java.util.Set.of(EDITOR.username()),
        content.authorsOfChange(content.requireByPath(path), merged));
    workflow.approve(fixer, review.id(), merged.id(), "the paragraph is fine");
    assertEquals(ReviewState.APPROVED, workflow.requireReview(review.id()).state());
  }

  @Test
  void conflictingChangesAreNotGuessedAndTheEditorsResolutionIsRecordedAsTheMerge() {
    ContentPath path = Staff.freshPath("hotfix-conflict");
    Revision live = steps.livePage(path, LIVE);
    Revision draft = steps.draft(path, LIVE.replace("specifcations", "specs"));
    Revision hotfix = hotfixes.saveHotfix(OTHER_EDITOR, path, live.id(), page(FIXED), "typo");
    steps.approve(path, hotfix);
    publishing.publish(REVIEWER, path, hotfix.id());

    MergeConflictException conflict =
        assertThrows(
            MergeConflictException.class,
            () -> hotfixes.mergeLiveIntoDraft(EDITOR, path, draft.id()));
    assertEquals("specifcations", conflict.conflicts().get(0).base());
    assertEquals("specifications", conflict.conflicts().get(0).theirs());
    assertEquals(draft.id(), latest(path).id(), "nothing was saved");

    Revision resolved =
        hotfixes.resolveMerge(EDITOR, path, draft.id(), page(FIXED), "kept the live spelling");
    assertEquals(hotfix.id(), resolved.mergedRevision().orElseThrow().id());
    assertTrue(hotfixes.liveChangedSinceDraft(content.requireByPath(path)).isEmpty());
  }

  @Test
  void aHotfixNeedsALiveRevisionAndAWaitingDraft() {
    ContentPath path = Staff.freshPath("hotfix-rules");
    Revision live = steps.livePage(path, LIVE);

    InvalidInputException noDraft =
        assertThrows(
            InvalidInputException.class,
            () -> hotfixes.saveHotfix(EDITOR, path, live.id(), page(FIXED), ""));
    assertTrue(noDraft.getMessage().contains("edit it normally"), noDraft.getMessage());

    Revision draft = steps.draft(path, DRAFT);
    InvalidInputException stale =
        assertThrows(
            InvalidInputException.class,
            () -> hotfixes.saveHotfix(EDITOR, path, draft.id(), page(FIXED), ""));
    assertTrue(stale.getMessage().contains("start the fix again"), stale.getMessage());
    assertFalse(hotfixes.pendingHotfix(content.requireByPath(path)).isPresent());
  }

  @Test
  void theReviewComparesAHotfixWithLiveAndADraftBesideALiveFixWithWhereItStarted() {
    ContentPath path = Staff.freshPath("hotfix-diff");
    Revision live = steps.livePage(path, LIVE);
    Revision draft = steps.draft(path, DRAFT);
    Review draftReview = workflow.submitForReview(EDITOR, path, draft.id());
    assertEquals(
        List.of(live.number(), draft.number()),
        numbers(workflow.changesUnderReview(draftReview)),
        "a draft against what is live");

    Revision hotfix = hotfixes.saveHotfix(OTHER_EDITOR, path, live.id(), page(FIXED), "typo");
    Review hotfixReview = steps.approve(path, hotfix);
    RevisionDiff fix = workflow.changesUnderReview(hotfixReview);
    assertEquals(
        List.of(live.number(), hotfix.number()),
        numbers(fix),
        "a hotfix against the revision it fixes");
    assertEquals(FIXED, fix.changes().get(0).after());
    assertTrue(workflow.liveChangesBeside(hotfixReview).isEmpty(), "a hotfix has no fix beside it");
    publishing.publish(REVIEWER, path, hotfix.id());

    RevisionDiff draftNow = workflow.changesUnderReview(draftReview);
    assertEquals(
        List.of(live.number(), draft.number()),
        numbers(draftNow),
        "not against the live fix, which the draft would seem to undo");
    assertEquals(LIVE, draftNow.changes().get(0).before());
    RevisionDiff beside = workflow.liveChangesBeside(draftReview);
    assertEquals(FIXED, beside.changes().get(0).after(), "the fix the draft lacks is shown apart");
  }

  private static List<Integer> numbers(RevisionDiff diff) {
    return List.of(diff.fromRevision(), diff.toRevision());
  }

  private Revision latest(ContentPath path) {
    return content.requireByPath(path).latestRevision().orElseThrow();
  }
}

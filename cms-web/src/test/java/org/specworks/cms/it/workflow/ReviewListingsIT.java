package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.EditorialSteps.page;
import static org.specworks.cms.it.Staff.COMMUNICATIONS;
import static org.specworks.cms.it.Staff.EDITING_REVIEWER;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.LEGAL;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewListing;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The review lists read titles, paths and authors for all reviews at once instead of per row (the
 * review list took 1.3 s with 500 reviews open): whatever they list must say exactly what the
 * approval itself would say to each person, on drafts by several authors, hotfixes, and drafts
 * whose change started below a live hotfix.
 */
@CmsIntegrationTest
class ReviewListingsIT {

  private static final List<Actor> ASKING =
      List.of(REVIEWER, EDITING_REVIEWER, COMMUNICATIONS, LEGAL, EDITOR, OTHER_EDITOR);

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;

  @Test
  void listingsGiveEachPersonTheReasonTheApprovalWouldGive() {
    ContentPath twoAuthors = Staff.freshPath("listed-two-authors");
    steps.livePage(twoAuthors, "Live.");
    content.save(EDITING_REVIEWER, twoAuthors, latestId(twoAuthors), page("By Erik."), "erik");
    Revision byEdna = content.save(EDITOR, twoAuthors, latestId(twoAuthors), page("Edna."), "e");
    Review draftReview = workflow.submitForReview(EDITOR, twoAuthors, byEdna.id());

    ContentPath belowHotfix = Staff.freshPath("listed-below-hotfix");
    Revision live = steps.livePage(belowHotfix, "Live text.");
    content.save(EDITING_REVIEWER, belowHotfix, live.id(), page("Erik's draft."), "erik");
    Revision fix = hotfixes.saveHotfix(OTHER_EDITOR, belowHotfix, live.id(), page("Fixed."), "f");
    steps.approve(belowHotfix, fix);
    publishing.publish(REVIEWER, belowHotfix, fix.id());
    Revision onTop =
        content.save(EDITOR, belowHotfix, latestId(belowHotfix), page("Edna on top."), "edna");
    Review belowHotfixReview = workflow.submitForReview(EDITOR, belowHotfix, onTop.id());

    ContentPath fixed = Staff.freshPath("listed-hotfix");
    Revision fixedLive = steps.livePage(fixed, "Live.");
    steps.draft(fixed, "A waiting draft.");
    Revision hotfix = hotfixes.saveHotfix(EDITING_REVIEWER, fixed, fixedLive.id(), page("F."), "");
    Review hotfixReview = workflow.submitForReview(EDITING_REVIEWER, fixed, hotfix.id());

    List<Review> reviews = List.of(draftReview, belowHotfixReview, hotfixReview);
    for (Actor actor : ASKING) {
      Map<Long, ReviewListing> listed =
          workflow.listed(actor, reviews).stream()
              .collect(Collectors.toMap(listing -> listing.review().id(), Function.identity()));
      for (Review review : reviews) {
        ReviewListing listing = listed.get(review.id());
        assertEquals(
            workflow.whyCannotDecide(actor, review).orElse(""),
            listing.whyNotMine(),
            actor.username() + " on " + listing.path());
        assertEquals(
            content
                .revisionOf(content.requireItem(review.itemId()), review.revisionId())
                .orElseThrow()
                .content()
                .title(),
            listing.title());
        assertEquals(content.requireItem(review.itemId()).path().value(), listing.path());
      }
    }

    // Erik wrote part of each change: the first revision of a two-author draft, the start of a
    // change that began below a live hotfix (counting from the hotfix would miss him), a hotfix.
    assertTrue(refused(EDITING_REVIEWER, draftReview).contains("four-eyes"));
    assertTrue(refused(EDITING_REVIEWER, belowHotfixReview).contains("four-eyes"));
    assertTrue(refused(EDITING_REVIEWER, hotfixReview).contains("four-eyes"));
    assertTrue(refused(REVIEWER, draftReview).isEmpty());
    assertFalse(
        workflow.listedAwaitingDecisionBy(EDITING_REVIEWER).stream()
            .anyMatch(listing -> reviews.contains(listing.review())));
    assertTrue(
        workflow.listedAwaitingDecisionBy(REVIEWER).stream()
            .map(ReviewListing::review)
            .map(Review::id)
            .toList()
            .containsAll(reviews.stream().map(Review::id).toList()));
  }

  private String refused(Actor actor, Review review) {
    return workflow.listed(actor, List.of(review)).get(0).whyNotMine();
  }

  private long latestId(ContentPath path) {
    return content.requireByPath(path).latestRevision().orElseThrow().id();
  }
}

package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.EditorialSteps.page;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The content list's bulk actions act on the revision each row showed: one saved after the list was
 * loaded is refused, naming the newer revision and its author, instead of being submitted,
 * scheduled or released unseen.
 */
@CmsIntegrationTest
class ActingOnWhatTheListShowedIT {

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private ScheduleService schedules;
  @Inject private ReleaseService releases;

  @Test
  void aRowCarriesTheIdOfTheRevisionItShows() {
    ContentPath path = Staff.freshPath("row");
    content.create(EDITOR, ContentType.PAGE, path, page("one"), "");
    Revision second = save(OTHER_EDITOR, path, "two");

    ContentOverview row = rowOf(path);

    assertEquals(second.id(), row.latestRevisionId());
    assertEquals(2, row.latestRevisionNumber());
  }

  @Test
  void submittingTheRevisionARowShowedIsRefusedOnceAnotherWasSaved() {
    ContentPath path = Staff.freshPath("bulk-submit");
    content.create(EDITOR, ContentType.PAGE, path, page("one"), "");
    ContentOverview row = rowOf(path);
    save(OTHER_EDITOR, path, "two by otto");

    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> workflow.submitForReview(EDITOR, path, row.latestRevisionId()));

    assertEquals(
        "Changed since you loaded it: revision 2 by otto is the latest now.", refused.getMessage());
    assertTrue(workflow.openReviewOf(path).isEmpty(), "nothing went to review");
  }

  @Test
  void schedulingTheApprovedRevisionARowShowedIsRefusedOnceAnotherWasSaved() {
    ContentPath path = Staff.freshPath("bulk-schedule");
    steps.approvedDraftOfLivePage(path, "Approved draft.");
    ContentOverview row = rowOf(path);
    save(OTHER_EDITOR, path, "Changed after approval.");

    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                schedules.schedulePublish(
                    steps.reviewerAccount(),
                    path,
                    row.latestRevisionId(),
                    LocalDateTime.now().plusDays(30),
                    "UTC",
                    null));

    assertEquals(
        "Changed since you loaded it: revision 3 by otto is the latest now.", refused.getMessage());
    assertTrue(schedules.pendingOf(List.of(row.itemId())).isEmpty(), "nothing was scheduled");
  }

  @Test
  void addingRowsToAReleaseAddsNoneIfAnyChangedSinceTheListWasLoaded() {
    ContentPath unchanged = Staff.freshPath("bulk-release-a");
    ContentPath changed = Staff.freshPath("bulk-release-b");
    steps.livePage(unchanged, "Live A.");
    steps.draft(unchanged, "Draft A.");
    steps.livePage(changed, "Live B.");
    steps.draft(changed, "Draft B.");
    Map<ContentPath, Long> shown = new LinkedHashMap<>();
    shown.put(unchanged, rowOf(unchanged).latestRevisionId());
    shown.put(changed, rowOf(changed).latestRevisionId());
    Release release = releases.create(EDITOR, "Bulk", "rows as shown");
    Revision newer = save(OTHER_EDITOR, changed, "Draft B, reworded by otto.");

    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> releases.addAllAsShown(EDITOR, release.id(), shown));

    assertEquals(
        changed + ": Changed since you loaded it: revision 3 by otto is the latest now.",
        refused.getMessage());
    assertTrue(
        releases.require(release.id()).entries().isEmpty(),
        "all or none: the unchanged item was not added");

    shown.put(changed, newer.id());
    Release added = releases.addAllAsShown(EDITOR, release.id(), shown);
    assertEquals(2, added.entries().size(), "with the list reloaded both go in");
  }

  private Revision save(org.specworks.cms.identity.Actor who, ContentPath path, String body) {
    Revision latest = content.requireByPath(path).latestRevision().orElseThrow();
    return content.save(who, path, latest.id(), page(body), "");
  }

  /** The item's row as the content list shows it, found by its path. */
  private ContentOverview rowOf(ContentPath path) {
    ContentListQuery query =
        new ContentListQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(path.value()),
            ContentListQuery.Sort.PATH,
            false);
    List<ContentOverview> rows = content.overviewPage(query, 0, 10);
    return rows.stream().filter(row -> row.path().equals(path.value())).findFirst().orElseThrow();
  }
}

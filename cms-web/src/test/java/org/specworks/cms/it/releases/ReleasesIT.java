package org.specworks.cms.it.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.FailureInjection;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowService;
import org.specworks.cms.workflow.WorkflowStep;

/** Releases: composed, reviewed as one, published together or not at all. */
@CmsIntegrationTest
class ReleasesIT {

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private ReleaseService releases;
  @Inject private WorkflowService workflow;
  @Inject private AuditLog audit;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private PublicationLog publications;
  @Inject private FailureInjection failures;
  @Inject private MovableClock clock;
  @Inject private java.time.Clock now;

  @AfterEach
  void backToRealTime() {
    clock.reset();
  }

  @Test
  void approvedReleasePublishesEveryItemTogether() {
    List<ContentPath> paths = threeLivePagesWithDrafts("together");
    Release release = approvedRelease(paths);

    releases.publish(REVIEWER, release.id(), null);

    for (ContentPath path : paths) {
      assertEquals(
          content.requireByPath(path).latestRevision().orElseThrow().id(),
          liveId(path),
          path.value());
    }
    Release published = releases.require(release.id());
    assertEquals(ReleaseState.PUBLISHED, published.state());
    assertEquals(REVIEWER.username(), published.publishedBy().orElseThrow());
  }

  @Test
  void aFailureInTheMiddleLeavesEveryItemAsItWas() {
    List<ContentPath> paths = threeLivePagesWithDrafts("atomic");
    Release release = approvedRelease(paths);
    List<Long> liveBefore = paths.stream().map(this::liveId).toList();
    List<Integer> versionsBefore = paths.stream().map(this::versions).toList();

    failures.failPublishing(paths.get(1).value());
    try {
      assertThrows(EJBException.class, () -> releases.publish(REVIEWER, release.id(), null));
    } finally {
      failures.disarm(paths.get(1).value());
    }

    assertEquals(
        liveBefore,
        paths.stream().map(this::liveId).toList(),
        "the first item's publication rolled back");
    assertEquals(
        versionsBefore,
        paths.stream().map(this::versions).toList(),
        "no public version was numbered");
    assertEquals(
        ReleaseState.APPROVED,
        releases.require(release.id()).state(),
        "still approved, ready to retry");

    releases.publish(REVIEWER, release.id(), null);
    assertEquals(ReleaseState.PUBLISHED, releases.require(release.id()).state());
  }

  @Test
  void reviewedAsAWholeWithFourEyesAndComparedWithLiveAsOneDiff() {
    List<ContentPath> paths = threeLivePagesWithDrafts("review");
    Release release = releases.create(EDITOR, "Policy update", "Three pages at once");
    paths.forEach(path -> releases.addLatest(EDITOR, release.id(), path));
    releases.submit(EDITOR, release.id());

    assertThrows(
        IllegalTransitionException.class,
        () -> releases.addLatest(EDITOR, release.id(), paths.get(0)),
        "frozen while in review");
    Actor editingReviewer = Staff.EDITING_REVIEWER;
    // The editor wrote every draft; a reviewer who did not may approve, one who did may not.
    IllegalTransitionException fourEyes =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                releases.approve(
                    Staff.actor(
                        EDITOR.username(),
                        java.util.EnumSet.of(org.specworks.cms.identity.Role.REVIEWER),
                        ReviewerGroups.REVIEWERS),
                    release.id(),
                    "mine"));
    assertTrue(fourEyes.getMessage().contains("four-eyes"), fourEyes.getMessage());

    List<ReleaseService.EntryChange> changes = releases.changes(release.id());
    assertEquals(3, changes.size());
    assertTrue(
        changes.stream()
            .allMatch(
                change ->
                    change.stillLatest()
                        && change.changes().changes().stream()
                            .anyMatch(field -> field.after().startsWith("Draft of"))));

    releases.reject(editingReviewer, release.id(), "Wait for the board.");
    Release rejected = releases.require(release.id());
    assertEquals(ReleaseState.OPEN, rejected.state());
    assertEquals("Wait for the board.", rejected.decisionNote().orElseThrow());
  }

  @Test
  void anItemChangedAfterApprovalStopsThePublicationUntilTheReleaseIsReviewedAgain() {
    List<ContentPath> paths = threeLivePagesWithDrafts("changed");
    Release release = approvedRelease(paths);
    List<Long> liveBefore = paths.stream().map(this::liveId).toList();
    ReleaseService.HeldInRelease held = releases.heldIn(EDITOR, paths.get(2)).orElseThrow();
    assertEquals(release.id(), held.releaseId());
    assertTrue(
        held.warning().contains("approved release") && held.mayReopen(),
        "the editor is warned before saving, and may reopen: " + held);
    assertTrue(releases.whyStuck(release.id()).isEmpty(), "nothing stops it yet");
    steps.draft(paths.get(2), "Edited after the release was approved.");

    String stuck = releases.whyStuck(release.id()).orElseThrow();
    assertTrue(
        stuck.startsWith(paths.get(2).value() + " changed after it was added")
            && stuck.contains("by " + EDITOR.username()),
        "the release names the entry that changed, and who saved it: " + stuck);
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class, () -> releases.publish(REVIEWER, release.id(), null));
    assertEquals(stuck, refused.getMessage(), "the publication is refused with the same reason");
    assertEquals(liveBefore, paths.stream().map(this::liveId).toList());

    releases.reopen(EDITOR, release.id(), "take the newer draft");
    assertTrue(
        releases.heldIn(EDITOR, paths.get(2)).isEmpty(), "an open release takes new revisions in");
    releases.addLatest(EDITOR, release.id(), paths.get(2));
    releases.submit(EDITOR, release.id());
    steps.draft(paths.get(0), "Edited while the release is in review.");
    assertEquals(
        releases.whyStuck(release.id()),
        releases.whyCannotDecide(REVIEWER, release.id()),
        "a reviewer is not offered an approval the release would refuse");
    releases.reopen(EDITOR, release.id(), "take the other newer draft");
    releases.addLatest(EDITOR, release.id(), paths.get(0));
    releases.submit(EDITOR, release.id());
    releases.approve(REVIEWER, release.id(), "ok");
    releases.publish(REVIEWER, release.id(), null);
    assertEquals(
        content.requireByPath(paths.get(2)).latestRevision().orElseThrow().id(),
        liveId(paths.get(2)));
  }

  @Test
  void aPublishedReleaseStillShowsWhatEachEntryChangedOnTheSite() {
    List<ContentPath> paths = threeLivePagesWithDrafts("record");
    ContentPath newPage = Staff.freshPath("record-new");
    content.create(EDITOR, ContentType.PAGE, newPage, EditorialSteps.page("A new page."), "new");
    List<ContentPath> all = new ArrayList<>(paths);
    all.add(newPage);
    Release release = approvedRelease(all);

    releases.publish(REVIEWER, release.id(), null);

    List<ReleaseService.EntryChange> record = releases.changes(release.id());
    assertEquals(4, record.size());
    for (ReleaseService.EntryChange entry : record) {
      String path = entry.item().path().value();
      RevisionDiff.FieldChange body =
          entry.changes().changes().stream()
              .filter(change -> change.field().equals(ContentSchema.BODY))
              .findFirst()
              .orElseThrow();
      if (entry.item().path().equals(newPage)) {
        assertEquals("", body.before(), "a new item replaced nothing");
        assertEquals(0, entry.changes().fromRevision());
      } else {
        assertEquals(
            "Live text of " + path,
            body.before(),
            "compared with the version it replaced, not with live (itself)");
        assertEquals("Draft of " + path, body.after());
      }
    }
  }

  @Test
  void aScheduledReleaseGoesLiveAtItsTime() {
    List<ContentPath> paths = threeLivePagesWithDrafts("scheduled");
    Release release = approvedRelease(paths);
    Actor reviewer = steps.reviewerAccount();
    clock.shift(Duration.ofDays(-1)); // what happens while time moves stays dated in the past
    Schedule schedule =
        schedules.scheduleRelease(
            reviewer,
            release.id(),
            LocalDateTime.now(now.withZone(ZoneOffset.UTC)).plusHours(2),
            "UTC",
            null);

    clock.shift(Duration.ofHours(2).plusMinutes(1));
    runner.runDue();

    assertEquals(ScheduleState.DONE, schedules.require(schedule.id()).state());
    assertEquals(ReleaseState.PUBLISHED, releases.require(release.id()).state());
    for (ContentPath path : paths) {
      assertEquals(content.requireByPath(path).latestRevision().orElseThrow().id(), liveId(path));
    }
  }

  @Test
  void aPolicyInAReleaseStillPassesItsCommunicationsAndLegalReview() {
    ContentPath page = Staff.freshPath("release-with-policy");
    steps.livePage(page, "Live page.");
    steps.draft(page, "Draft of the page.");
    ContentPath policy = ContentPath.of(page.value() + "/openness");
    content.create(
        EDITOR,
        ContentType.POLICY,
        policy,
        new RevisionContent(
            "Openness policy",
            "",
            "We publish.",
            Map.of("kind", "openness-policy", "position", "1")),
        "new policy");
    Release release = releases.create(EDITOR, "Page and policy", "");
    releases.addLatest(EDITOR, release.id(), page);
    releases.addLatest(EDITOR, release.id(), policy);

    releases.submit(EDITOR, release.id());
    List<WorkflowStep> union = new ArrayList<>(workflow.stepsFor(ContentType.PAGE));
    workflow.stepsFor(ContentType.POLICY).stream()
        .filter(step -> !union.contains(step))
        .forEach(union::add);
    assertEquals(
        union,
        releases.require(release.id()).steps(),
        "the page's review, then the policy's steps");
    assertTrue(union.size() >= 3, "a policy has its own steps: " + union);

    releases.approve(REVIEWER, release.id(), "the page reads well");
    assertEquals(
        ReleaseState.IN_REVIEW,
        releases.require(release.id()).state(),
        "one reviewer is not enough");
    assertThrows(
        IllegalTransitionException.class,
        () -> releases.publish(REVIEWER, release.id(), "fixture"));
    for (WorkflowStep step : union.subList(1, union.size())) {
      Actor member =
          Staff.actor(
              "member-of-" + step.reviewerGroup(),
              java.util.EnumSet.of(org.specworks.cms.identity.Role.REVIEWER),
              step.reviewerGroup());
      IllegalTransitionException notTheirStep =
          assertThrows(
              IllegalTransitionException.class,
              () -> releases.approve(REVIEWER, release.id(), "not my group"));
      assertTrue(
          notTheirStep.getMessage().contains(step.reviewerGroup()), notTheirStep.getMessage());
      releases.approve(member, release.id(), "step " + step.name());
    }

    Release approved = releases.require(release.id());
    assertEquals(ReleaseState.APPROVED, approved.state());
    assertEquals(union.size(), approved.approvals().size());
    releases.publish(REVIEWER, release.id(), "fixture: warnings accepted");
    assertEquals(content.requireByPath(policy).latestRevision().orElseThrow().id(), liveId(policy));
  }

  @Test
  void everyDecisionOnAReleaseNamesEachEntrysExactRevisionInItsHistory() {
    List<ContentPath> paths = threeLivePagesWithDrafts("audited");
    Release release = approvedRelease(paths);
    for (ContentPath path : paths) {
      ContentItem item = content.requireByPath(path);
      Revision draft = item.latestRevision().orElseThrow();
      List<AuditEntry> approvals =
          audit.forItem(item.id()).stream()
              .filter(entry -> entry.action().equals(AuditAction.RELEASE_APPROVE.id()))
              .toList();
      assertEquals(
          1,
          approvals.size(),
          "the approval of release #" + release.id() + " is in " + path + "'s history");
      assertEquals(
          Optional.of(draft.id()), approvals.get(0).revisionId(), "naming the revision it judged");
    }
  }

  private List<ContentPath> threeLivePagesWithDrafts(String prefix) {
    List<ContentPath> paths =
        List.of(Staff.freshPath(prefix), Staff.freshPath(prefix), Staff.freshPath(prefix));
    for (ContentPath path : paths) {
      steps.livePage(path, "Live text of " + path.value());
      steps.draft(path, "Draft of " + path.value());
    }
    return paths;
  }

  private Release approvedRelease(List<ContentPath> paths) {
    Release release = releases.create(EDITOR, "Release " + paths.get(0).value(), "");
    paths.forEach(path -> releases.addLatest(EDITOR, release.id(), path));
    releases.submit(EDITOR, release.id());
    return releases.approve(REVIEWER, release.id(), "all three together");
  }

  private long liveId(ContentPath path) {
    Revision live = content.requireByPath(path).liveRevision().orElseThrow();
    return live.id();
  }

  private int versions(ContentPath path) {
    return publications.versionsOf(content.requireByPath(path).id()).size();
  }
}

package org.specworks.cms.web.admin.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.ItemFindings;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.OverwriteNotices;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.FailedSignIns;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.ReviewListing;
import org.specworks.cms.workflow.ReviewStaffing;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/index.xhtml}: what waits for the signed-in person (reviews to decide, changes
 * sent back with the reviewer's reason, their own drafts), what is scheduled or failed, what went
 * live lately, the latest changes, and what the content checks find in pending changes. Every list
 * is capped, so the dashboard costs the same with ten thousand items as with fifty.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishedVersions versions;
  @Inject private ContentChecks checks;
  @Inject private ScheduleService schedules;
  @Inject private Instance<Actor> actor;
  @Inject private FailedSignIns failedSignIns;
  @Inject private ReviewStaffing staffing;
  @Inject private OverwriteNotices notices;
  @Inject private org.specworks.cms.web.admin.StateLabels labels;

  private List<ContentOverview> items;
  // Entities stay out of the session (it may move to another instance): read again after a move.
  private transient List<ReviewListing> awaitingMe;
  private transient List<ReviewStaffing.UnstaffedStep> unstaffedSteps;
  private transient List<Schedule> failingSchedules;
  private List<SentBack> sentBack;
  private List<ContentOverview> myDrafts;
  private List<PublishedVersion> recentlyPublished;
  private List<ItemFindings> openFindings;
  private FailedSignIns.Report signInFailures;

  private List<SavedOver> savedOver;

  /** Someone saved their version on top of my revisions: where, who, which revisions. */
  public record SavedOver(
      long noticeId, String path, String savedBy, int savedRevision, String overwritten)
      implements Serializable {}

  /** A change sent back to its author: where, which revision, and why. */
  public record SentBack(long reviewId, String path, int revisionNumber, String reason)
      implements Serializable {}

  /** How many rows each list of the dashboard shows; the content list has them all. */
  static final int SHOWN = 10;

  /** The checks read the whole site, so they run on the most recent pending changes only. */
  static final int CHECKED = 20;

  @PostConstruct
  void load() {
    Actor me = actor.get();
    items =
        content.overviewPage(
            new ContentListQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ContentListQuery.Sort.CHANGED,
                true),
            0,
            SHOWN);
    awaitingMe = workflow.listedAwaitingDecisionBy(me);
    sentBack =
        workflow.sentBackTo(me).stream()
            .map(
                review ->
                    new SentBack(
                        review.id(),
                        content.requireItem(review.itemId()).path().value(),
                        review.revisionNumber(),
                        review.closingReason().orElse("")))
            .toList();
    myDrafts = content.pendingChanges(Optional.of(me.username()), SHOWN);
    savedOver = savedOverMe(me);
    recentlyPublished = versions.recent(8);
  }

  private List<SavedOver> savedOverMe(Actor me) {
    return notices.openFor(me).stream()
        .map(
            notice ->
                new SavedOver(
                    notice.id(),
                    content.requireItem(notice.itemId()).path().value(),
                    notice.savedBy(),
                    notice.savedRevision(),
                    notice.overwritten()))
        .toList();
  }

  public List<SavedOver> getSavedOver() {
    return savedOver;
  }

  /** The recipient has read the notice: it leaves the dashboard (the history keeps the facts). */
  public void dismiss(long noticeId) {
    try {
      notices.dismiss(actor.get(), noticeId);
      Messages.info("dashboard.savedOver.dismissed");
    } catch (org.specworks.cms.shared.NotFoundException gone) {
      Messages.errorText(gone.getMessage());
    }
    savedOver = savedOverMe(actor.get());
  }

  /**
   * Content-check findings on the latest pending changes. Read by a deferred panel after the page
   * is shown, so the checks' cost never delays the dashboard itself.
   */
  public List<ItemFindings> getOpenFindings() {
    if (openFindings == null) {
      openFindings = checks.onPendingChanges(CHECKED);
    }
    return openFindings;
  }

  /** Pending schedules due within a week (or overdue), soonest first. */
  public List<Schedule> getScheduled() {
    return schedules.upcoming(Duration.ofDays(7));
  }

  /** Schedules that failed or are retrying: administrators must see them. */
  public List<Schedule> getFailingSchedules() {
    if (failingSchedules == null) {
      failingSchedules = schedules.failing(20);
    }
    return failingSchedules;
  }

  /** Password guessing of the last day, for administrators (who act on it). */
  public FailedSignIns.Report getSignInFailures() {
    if (signInFailures == null) {
      signInFailures = failedSignIns.lastDay(actor.get());
    }
    return signInFailures;
  }

  /** Review steps nobody can decide on (a group without an active member), for administrators. */
  public List<ReviewStaffing.UnstaffedStep> getUnstaffedSteps() {
    if (unstaffedSteps == null) {
      unstaffedSteps = staffing.unstaffedSteps();
    }
    return unstaffedSteps;
  }

  public boolean isAdministrator() {
    return actor.get().may(Permission.WATCH_OPERATIONS);
  }

  /** One line per schedule: what, where, when (in the zone it was chosen in), by whom. */
  public String describe(Schedule schedule) {
    String target =
        schedule
            .itemId()
            .map(id -> content.requireItem(id).path().value())
            .orElseGet(
                () -> Messages.text("dashboard.schedule.release", schedule.releaseId().orElse(0L)));
    return Messages.text(
        "dashboard.schedule",
        labels.scheduleAction(schedule.action()),
        target,
        org.specworks.cms.web.admin.schedules.ScheduleTimes.describe(schedule),
        schedule.requestedBy());
  }

  /** With titles and paths read for all of them at once (not per row). */
  public List<ReviewListing> getAwaitingMe() {
    if (awaitingMe == null) {
      awaitingMe = workflow.listedAwaitingDecisionBy(actor.get());
    }
    return awaitingMe;
  }

  public List<SentBack> getSentBack() {
    return sentBack;
  }

  public List<ContentOverview> getMyDrafts() {
    return myDrafts;
  }

  public List<PublishedVersion> getRecentlyPublished() {
    return recentlyPublished;
  }

  public List<ContentOverview> getItems() {
    return items;
  }
}

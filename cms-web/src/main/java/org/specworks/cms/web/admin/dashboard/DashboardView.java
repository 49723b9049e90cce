package org.specworks.cms.web.admin.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/index.xhtml}: what waits for the signed-in person (reviews to decide, changes sent back with
 * the reviewer's reason, their own drafts), what went live lately, and every content item with where it stands.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ContentService content;
  @Inject private transient WorkflowService workflow;
  @Inject private transient PublishedVersions versions;
  @Inject private transient org.specworks.cms.scheduling.ScheduleService schedules;
  @Inject private transient jakarta.enterprise.inject.Instance<Actor> actor;

  private List<ContentOverview> items;
  private List<Review> awaitingMe;
  private List<SentBack> sentBack;
  private List<ContentOverview> myDrafts;
  private List<PublishedVersion> recentlyPublished;

  /** A change sent back to its author: where, which revision, and why. */
  public record SentBack(long reviewId, String path, int revisionNumber, String reason) {}

  @PostConstruct
  void load() {
    Actor me = actor.get();
    items = content.overview();
    awaitingMe = workflow.awaitingDecisionBy(me);
    sentBack = workflow.sentBackTo(me).stream()
        .map(review -> new SentBack(review.id(), content.requireItem(review.itemId()).path().value(),
            review.revisionNumber(), review.closingReason().orElse("")))
        .toList();
    myDrafts = items.stream()
        .filter(item -> item.lastAuthor().equals(me.username()))
        .filter(item -> item.status() != PublicationStatus.LIVE)
        .toList();
    recentlyPublished = versions.recent(8);
  }

  /** Pending schedules due within a week (or overdue), soonest first. */
  public List<org.specworks.cms.scheduling.Schedule> getScheduled() {
    return schedules.upcoming(java.time.Duration.ofDays(7));
  }

  /** Schedules that failed or are retrying: administrators must see them. */
  public List<org.specworks.cms.scheduling.Schedule> getFailingSchedules() {
    return schedules.failing(20);
  }

  public boolean isAdministrator() {
    return actor.get().hasRole(org.specworks.cms.identity.Role.ADMIN);
  }

  /** One line per schedule: what, where, when (in the zone it was chosen in), by whom. */
  public String describe(org.specworks.cms.scheduling.Schedule schedule) {
    String target = schedule.itemId().map(id -> content.requireItem(id).path().value())
        .orElseGet(() -> Messages.text("dashboard.schedule.release", schedule.releaseId().orElse(0L)));
    return Messages.text("dashboard.schedule", schedule.action().name().toLowerCase().replace('_', ' '), target,
        schedule.dueInZone().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        schedule.timeZone(), schedule.requestedBy());
  }

  public List<Review> getAwaitingMe() {
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

  public String pathOf(Review review) {
    return content.requireItem(review.itemId()).path().value();
  }

  public List<ContentOverview> getItems() {
    return items;
  }
}

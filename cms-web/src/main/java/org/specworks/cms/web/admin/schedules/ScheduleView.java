package org.specworks.cms.web.admin.schedules;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.review.ReviewView;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Backs the schedule dialog of the review screen: publish the approved revision, or take the item
 * off the site, at a date and time in an explicit time zone; lists and cancels the item's
 * schedules.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ScheduleService schedules;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private ReviewView review;

  private LocalDateTime when;
  private String zone = "UTC";
  private String reason;

  public void schedulePublish() throws IOException {
    act(
        () ->
            schedules.schedulePublish(
                actor.get(),
                review.item().path(),
                review.review().revisionId(),
                when,
                zone,
                review.getAcceptedWarnings()),
        Messages.text("schedule.what.publish", review.review().revisionNumber()));
  }

  public void scheduleUnpublish() throws IOException {
    act(
        () -> schedules.scheduleUnpublish(actor.get(), review.item().path(), when, zone, reason),
        Messages.text("schedule.what.unpublish"));
  }

  public void cancel(long scheduleId) throws IOException {
    try {
      schedules.cancel(actor.get(), scheduleId);
      Messages.info("schedule.cancelled");
      redirectBack();
    } catch (IllegalTransitionException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  private void act(Supplier<Schedule> scheduling, String what) throws IOException {
    try {
      Schedule schedule = scheduling.get();
      Messages.info("schedule.done", what, describe(schedule));
      redirectBack();
    } catch (IllegalTransitionException
        | InvalidInputException
        | PermissionDeniedException refused) {
      Messages.error("schedule.refused", refused.getMessage());
    }
  }

  private void redirectBack() throws IOException {
    Messages.keepForRedirect();
    external.redirect(
        external.getRequestContextPath() + "/admin/review/review.xhtml?id=" + review.getId());
  }

  /** The due time in the zone it was chosen in, e.g. "2026-12-01 09:00 Europe/Paris". */
  public String describe(Schedule schedule) {
    return ScheduleTimes.describe(schedule);
  }

  public List<Schedule> getSchedules() {
    return schedules.ofItem(review.item().id());
  }

  /** Every time zone, sorted, for the zone list. */
  public List<jakarta.faces.model.SelectItem> getZones() {
    return ScheduleTimes.zones();
  }

  public LocalDateTime getWhen() {
    return when;
  }

  public void setWhen(LocalDateTime when) {
    this.when = when;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.scheduling.ScheduleAction;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.workflow.EditorialState;
import org.specworks.cms.workflow.ReviewState;

/**
 * The words the admin shows for an item's states ({@code #{labels.status(item.status())}}). One
 * switch per enum, so a new state does not compile until it has a label, and every key stays a
 * literal the bundle test can check.
 */
@Named("labels")
@ApplicationScoped
public class StateLabels {

  public String status(PublicationStatus status) {
    return switch (status) {
      case NEVER_PUBLISHED -> Messages.text("state.neverPublished");
      case LIVE -> Messages.text("state.live");
      case LIVE_WITH_PENDING_CHANGES -> Messages.text("state.liveWithPendingChanges");
      case ARCHIVED -> Messages.text("state.archived");
    };
  }

  public String editorial(EditorialState state) {
    return switch (state) {
      case DRAFT -> Messages.text("state.draft");
      case IN_REVIEW -> Messages.text("state.inReview");
      case APPROVED -> Messages.text("state.approved");
      case REJECTED -> Messages.text("state.rejected");
      case PUBLISHED -> Messages.text("state.live");
      case ARCHIVED -> Messages.text("state.archived");
    };
  }

  public String review(ReviewState state) {
    return switch (state) {
      case IN_PROGRESS -> Messages.text("state.inReview");
      case APPROVED -> Messages.text("state.approved");
      case REJECTED -> Messages.text("state.rejected");
      case VOIDED -> Messages.text("state.voided");
      case PUBLISHED -> Messages.text("state.published");
    };
  }

  public String release(ReleaseState state) {
    return switch (state) {
      case OPEN -> Messages.text("state.open");
      case IN_REVIEW -> Messages.text("state.inReview");
      case APPROVED -> Messages.text("state.approved");
      case PUBLISHED -> Messages.text("state.published");
      case CANCELLED -> Messages.text("state.cancelled");
    };
  }

  public static String role(org.specworks.cms.identity.Role role) {
    return switch (role) {
      case EDITOR -> Messages.text("role.editor");
      case REVIEWER -> Messages.text("role.reviewer");
      case ADMIN -> Messages.text("role.admin");
    };
  }

  public String scheduleAction(ScheduleAction action) {
    return switch (action) {
      case PUBLISH -> Messages.text("schedule.action.publish");
      case UNPUBLISH -> Messages.text("schedule.action.unpublish");
      case PUBLISH_RELEASE -> Messages.text("schedule.action.publishRelease");
    };
  }

  public String schedule(ScheduleState state) {
    return switch (state) {
      case PENDING -> Messages.text("state.pending");
      case DONE -> Messages.text("state.done");
      case FAILED -> Messages.text("state.failed");
      case CANCELLED -> Messages.text("state.cancelled");
    };
  }
}

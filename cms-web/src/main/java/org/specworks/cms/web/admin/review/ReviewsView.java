package org.specworks.cms.web.admin.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.insights.AgeBucket;
import org.specworks.cms.insights.EditorialInsights;
import org.specworks.cms.insights.WaitingReview;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.ReviewListing;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/review/index.xhtml}: reviews I may decide on now, every review in progress
 * with its steps, and approved revisions waiting to go live. With the view parameters {@code step}
 * and {@code waiting} (an age bucket's key, as the dashboard's "waiting now" links them) it also
 * lists the reviews in progress at that step that have waited that long; bad values get a message
 * and no list.
 */
@Named
@RequestScoped
public class ReviewsView {

  @Inject private WorkflowService workflow;
  @Inject private EditorialInsights insights;
  @Inject private Actor actor;

  private String step;
  private String waiting;
  private AgeBucket bucket;
  private List<WaitingReview> filtered;
  private List<ReviewListing> awaitingMe;
  private List<ReviewListing> inProgress;
  private List<ReviewListing> approved;

  /** Reads the filter, if any; a bad one is reported and leaves the list out. */
  public void load() {
    if (step == null && waiting == null) {
      return;
    }
    try {
      if (step == null || waiting == null) {
        throw new InvalidInputException(Messages.text("reviews.filter.incomplete"));
      }
      bucket = AgeBucket.parse(waiting);
      filtered = insights.waitingAt(actor, step, bucket);
    } catch (InvalidInputException refused) {
      bucket = null;
      filtered = null;
      Messages.errorText(refused.getMessage());
    }
  }

  public boolean isFiltering() {
    return filtered != null;
  }

  /** The heading of the filtered list, e.g. "In progress at Legal review, waiting > 3 days". */
  public String getFilterTitle() {
    return Messages.text("reviews.filtered", step.strip(), bucket.label());
  }

  public List<WaitingReview> getFiltered() {
    return filtered;
  }

  /** Only what the signed-in person may act on: the rule the approval checks decides. */
  public List<ReviewListing> getAwaitingMe() {
    if (awaitingMe == null) {
      awaitingMe = workflow.listedAwaitingDecisionBy(actor);
    }
    return awaitingMe;
  }

  /** Every review in progress, with why each is not mine to decide (the table reads it often). */
  public List<ReviewListing> getInProgress() {
    if (inProgress == null) {
      inProgress = workflow.listed(actor, workflow.inProgress());
    }
    return inProgress;
  }

  public List<ReviewListing> getApproved() {
    if (approved == null) {
      approved = workflow.listed(actor, workflow.approvedAwaitingPublication());
    }
    return approved;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public String getWaiting() {
    return waiting;
  }

  public void setWaiting(String waiting) {
    this.waiting = waiting;
  }
}

package org.specworks.cms.web.admin.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/review/index.xhtml}: reviews I may decide on now, every review in progress
 * with its steps, and approved revisions waiting to go live.
 */
@Named
@RequestScoped
public class ReviewsView {

  @Inject private WorkflowService workflow;
  @Inject private ContentService content;
  @Inject private Actor actor;

  /** Only what the signed-in person may act on: the rule the approval checks decides. */
  public List<Review> getAwaitingMe() {
    return workflow.awaitingDecisionBy(actor);
  }

  public List<Review> getInProgress() {
    return workflow.inProgress();
  }

  public List<Review> getApproved() {
    return workflow.approvedAwaitingPublication();
  }

  public String pathOf(Review review) {
    return content.requireItem(review.itemId()).path().value();
  }

  /** The title of the revision under review, as the reviewer will judge it. */
  public String titleOf(Review review) {
    ContentItem item = content.requireItem(review.itemId());
    return content.revisionOf(item, review.revisionId()).orElseThrow().content().title();
  }

  /** Why I cannot decide on it, or empty. */
  public String whyNotMine(Review review) {
    return workflow.whyCannotDecide(actor, review).orElse("");
  }
}

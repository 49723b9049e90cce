package org.specworks.cms.web.admin.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/review/index.xhtml}: reviews waiting for me, and approved revisions waiting to
 * go live.
 */
@Named
@RequestScoped
public class ReviewsView {

  @Inject private WorkflowService workflow;
  @Inject private ContentService content;
  @Inject private Actor actor;

  public List<Review> getAwaitingMe() {
    return workflow.awaitingDecisionBy(actor);
  }

  public List<Review> getApproved() {
    return workflow.approvedAwaitingPublication();
  }

  public String pathOf(Review review) {
    return content.requireItem(review.itemId()).path().value();
  }
}

package org.specworks.cms.it;

import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The usual way content gets to a state, for tests that start from that state. Deployed with the
 * tests only.
 */
@ApplicationScoped
public class EditorialSteps {

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private AccountService accounts;

  /** A new page at {@code path}, reviewed and live with {@code body}. */
  public Revision livePage(ContentPath path, String body) {
    content.create(EDITOR, ContentType.PAGE, path, page(body), "first");
    Revision first = content.requireByPath(path).latestRevision().orElseThrow();
    approve(path, first);
    publishing.publish(REVIEWER, path, first.id());
    return first;
  }

  /**
   * A draft of the live page with {@code body}, saved by the editor on top of the latest revision.
   */
  public Revision draft(ContentPath path, String body) {
    Revision latest = content.requireByPath(path).latestRevision().orElseThrow();
    return content.save(EDITOR, path, latest.id(), page(body), "draft");
  }

  /**
   * A new live page at {@code path} with an approved draft {@code draftBody} waiting: returns the
   * draft.
   */
  public Revision approvedDraftOfLivePage(ContentPath path, String draftBody) {
    livePage(path, "Before.");
    Revision draft = draft(path, draftBody);
    approve(path, draft);
    return draft;
  }

  /** Submits the revision and has the reviewer approve it. */
  public Review approve(ContentPath path, Revision revision) {
    Review review = workflow.submitForReview(EDITOR, path, revision.id());
    return workflow.approve(REVIEWER, review.id(), revision.id(), "fine");
  }

  /**
   * A reviewer with a real, enabled account: work that runs later on someone's behalf (schedules)
   * needs one.
   */
  public Actor reviewerAccount() {
    String name = "rev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    accounts.create(
        name,
        "Scheduling Reviewer",
        EnumSet.of(Role.REVIEWER),
        java.util.Set.of(ReviewerGroups.REVIEWERS),
        "scheduling reviewer password".toCharArray(),
        false);
    return accounts.actorFor(name);
  }

  public static RevisionContent page(String body) {
    return new RevisionContent("Test page", "", body);
  }
}

package org.specworks.cms.publishing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Making revisions live and taking items off the site. Publishing needs an approval bound to the exact revision;
 * only administrators may bypass review, and only with a written justification kept in the audit trail.
 */
@Stateless
public class PublishingService {

  /** Short enough to write in an emergency, long enough to say why. */
  static final int MIN_JUSTIFICATION = 20;

  @Inject private PublicationLog publications;
  @Inject private ContentChecks checks;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private AuditLog audit;
  @Inject private Event<RevisionPublished> published;
  @Inject private Clock clock;

  /**
   * Publishes the item's latest revision, which must carry an approval of exactly that revision.
   *
   * @throws IllegalTransitionException if the revision is not the latest or not approved (or its approval is void)
   */
  public Revision publish(Actor actor, ContentPath path, long revisionId) {
    return publish(actor, path, revisionId, null);
  }

  /**
   * Publishes as {@link #publish(Actor, ContentPath, long)}, after the content checks: errors refuse it; warnings
   * need {@code acceptedWarnings}, a note saying why they may go live, which the audit entry keeps.
   *
   * @throws InvalidInputException if a check found an error, or warnings were not accepted with a note
   */
  public Revision publish(Actor actor, ContentPath path, long revisionId, String acceptedWarnings) {
    actor.requireAnyRole("publish content", Role.REVIEWER, Role.ADMIN);
    ContentItem item = content.requireByPath(path);
    Revision revision = requireLatest(item, revisionId);
    String checked = requirePassingChecks(item, revision, acceptedWarnings);
    Review approval =
        workflow
            .latestReviewOf(revision.id())
            .filter(review -> review.approves(revision))
            .orElseThrow(
                () ->
                    new IllegalTransitionException(
                        "Revision " + revision.number() + " has no valid approval; submit it for review first."));
    // Numbers the version first: the lock it takes re-reads the item, which would drop an unflushed change.
    publications.record(item, revision, actor.username());
    item.publish(revision);
    approval.markPublished(clock.instant());
    audit.record(actor, AuditAction.PUBLISHING_PUBLISH, item, revision,
        "revision " + revision.number() + " (review " + approval.id() + ")" + checked);
    published.fire(new RevisionPublished(item.id(), item.path().value(), item.type(), revision.id()));
    return revision;
  }

  /**
   * Publishes the latest revision without review: for urgent fixes only, by an administrator, with a written
   * justification. Any open review of the item is voided.
   */
  public Revision publishUrgentFix(Actor actor, ContentPath path, long revisionId, String justification) {
    actor.requireAnyRole("publish without review", Role.ADMIN);
    if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
      throw new InvalidInputException(
          "Publishing without review needs a justification of at least " + MIN_JUSTIFICATION + " characters.");
    }
    ContentItem item = content.requireByPath(path);
    Revision revision = requireLatest(item, revisionId);
    // The written justification doubles as the note that accepts the checks' warnings; errors still block.
    String checked = requirePassingChecks(item, revision, justification);
    workflow.reviewsOf(path).stream()
        .filter(review -> review.state().isOpen())
        .forEach(review -> review.voidBecause("Published directly as an urgent fix by " + actor.username(),
            clock.instant()));
    // Numbers the version first: the lock it takes re-reads the item, which would drop an unflushed change.
    publications.record(item, revision, actor.username());
    item.publish(revision);
    audit.record(actor, AuditAction.PUBLISHING_URGENT_FIX, item, revision,
        "revision " + revision.number() + " without review: " + justification.strip() + checked);
    published.fire(new RevisionPublished(item.id(), item.path().value(), item.type(), revision.id()));
    return revision;
  }

  /** Takes an item off the public site; a reason is required. Its history stays. */
  public void unpublish(Actor actor, ContentPath path, String reason) {
    actor.requireAnyRole("unpublish content", Role.REVIEWER, Role.ADMIN);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("Say why the item is taken off the site.");
    }
    ContentItem item = content.requireByPath(path);
    Revision wasLive =
        item.liveRevision()
            .orElseThrow(() -> new IllegalTransitionException(path + " is not on the site."));
    item.unpublish();
    audit.record(actor, AuditAction.PUBLISHING_UNPUBLISH, item, wasLive, reason.strip());
    published.fire(new RevisionPublished(item.id(), item.path().value(), item.type(), null));
  }

  /** Refuses on errors, or on warnings without a note; returns what the audit entry should add. */
  private String requirePassingChecks(ContentItem item, Revision revision, String acceptedWarnings) {
    List<Finding> findings = checks.check(item, revision);
    List<String> errors = findings.stream().filter(Finding::isError).map(Finding::message).toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Revision " + revision.number() + " cannot be published until "
          + (errors.size() == 1 ? "this error is" : "these " + errors.size() + " errors are") + " fixed: "
          + String.join(" ", errors));
    }
    List<String> warnings = findings.stream().map(Finding::message).toList();
    if (warnings.isEmpty()) {
      return "";
    }
    if (acceptedWarnings == null || acceptedWarnings.isBlank()) {
      throw new InvalidInputException("Revision " + revision.number() + " has " + warnings.size() + " warning"
          + (warnings.size() == 1 ? "" : "s") + " (" + String.join(" ", warnings)
          + ") Publish with a note that accepts them, or fix them first.");
    }
    return "; " + warnings.size() + " warning(s) accepted: " + acceptedWarnings.strip();
  }

  private static Revision requireLatest(ContentItem item, long revisionId) {
    Revision latest = item.latestRevision().orElseThrow();
    if (latest.id() != revisionId) {
      throw new IllegalTransitionException(
          "Only the latest revision (" + latest.number() + ") can be published; the one you chose was superseded.");
    }
    if (item.liveRevision().filter(live -> live.id().equals(latest.id())).isPresent()) {
      throw new IllegalTransitionException("Revision " + latest.number() + " is already live.");
    }
    return latest;
  }
}

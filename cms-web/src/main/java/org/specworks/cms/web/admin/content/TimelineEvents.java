package org.specworks.cms.web.admin.content;

import java.util.Arrays;
import java.util.Optional;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.web.admin.Messages;

/**
 * Which of an item's audit entries its history timeline shows beside the revisions, and what each
 * is called there. The switch names every action, so a new one does not compile until someone
 * decides whether it belongs.
 */
final class TimelineEvents {

  private TimelineEvents() {}

  /**
   * The label of an audit action id such as {@code workflow.reject}; empty if the timeline leaves
   * it out.
   */
  static Optional<String> labelOf(String actionId) {
    return Arrays.stream(AuditAction.values())
        .filter(action -> action.id().equals(actionId))
        .findFirst()
        .flatMap(TimelineEvents::labelOf);
  }

  static Optional<String> labelOf(AuditAction action) {
    return Optional.ofNullable(
        switch (action) {
          case WORKFLOW_SUBMIT -> Messages.text("history.event.workflow.submit");
          case WORKFLOW_APPROVE -> Messages.text("history.event.workflow.approve");
          case WORKFLOW_REJECT -> Messages.text("history.event.workflow.reject");
          case WORKFLOW_COMMENT -> Messages.text("history.event.workflow.comment");
          case WORKFLOW_VOID -> Messages.text("history.event.workflow.void");
          case PUBLISHING_PUBLISH -> Messages.text("history.event.publishing.publish");
          case PUBLISHING_URGENT_FIX -> Messages.text("history.event.publishing.urgent-fix");
          case PUBLISHING_UNPUBLISH -> Messages.text("history.event.publishing.unpublish");
          case CONTENT_REVERT -> Messages.text("history.event.content.revert");
          // The revision is listed already; this says it knowingly replaced what others saved
          // meanwhile.
          case CONTENT_OVERWRITE -> Messages.text("history.event.content.overwrite");
          case CONTENT_HOTFIX -> Messages.text("history.event.content.hotfix");
          case CONTENT_MERGE -> Messages.text("history.event.content.merge");
          case SCHEDULE_CREATE -> Messages.text("history.event.schedule.create");
          case SCHEDULE_RUN -> Messages.text("history.event.schedule.run");
          case SCHEDULE_RETRY -> Messages.text("history.event.schedule.retry");
          case SCHEDULE_FAILED -> Messages.text("history.event.schedule.failed");
          case SCHEDULE_CANCEL -> Messages.text("history.event.schedule.cancel");
          // Each of these made a revision, which the timeline lists already with its author and
          // note.
          case CONTENT_CREATE, CONTENT_SAVE, CONTENT_IMPORT -> null;
          // Sharing a preview changes nothing about the item; the editor page lists the links that
          // still open.
          case PREVIEW_CREATE, PREVIEW_REVOKE -> null;
          // A release tells its own story on its page; when it goes live, each item gets its own
          // publish entry.
          case RELEASE_CREATE,
              RELEASE_CHANGE,
              RELEASE_SUBMIT,
              RELEASE_APPROVE,
              RELEASE_REJECT,
              RELEASE_REOPEN,
              RELEASE_CANCEL,
              RELEASE_PUBLISH ->
              null;
          // Never about one item.
          case LIST_IMPORT,
              WORKFLOW_DEFINE,
              IDENTITY_CREATE_ACCOUNT,
              IDENTITY_CHANGE_PASSWORD,
              IDENTITY_CHANGE_ACCESS,
              IDENTITY_RESET_PASSWORD,
              IDENTITY_DISABLE,
              IDENTITY_ENABLE,
              IDENTITY_SIGN_IN,
              IDENTITY_SIGN_IN_FAILED,
              IDENTITY_SIGN_OUT_EVERYWHERE,
              ARCHIVE_EXPORT,
              ARCHIVE_IMPORT ->
              null;
        });
  }
}

package org.specworks.cms.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Every action leaves exactly one entry, with actor, item and revision; a refused action leaves
 * none.
 */
@CmsIntegrationTest
class AuditTrailIT {

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private AuditLog audit;

  @Test
  void aLifeCycleLeavesOneEntryPerActionInOrder() {
    ContentPath path = Staff.freshPath("audited");
    ContentItem item = content.create(EDITOR, ContentType.PAGE, path, page("one"), "");
    Revision r1 = item.latestRevision().orElseThrow();
    Review first = workflow.submitForReview(EDITOR, path, r1.id());
    workflow.comment(REVIEWER, first.id(), "Please shorten the second sentence.");
    workflow.reject(REVIEWER, first.id(), "Too long");
    Revision r2 = content.save(EDITOR, path, r1.id(), page("one, shorter"), "shortened");
    Review second = workflow.submitForReview(EDITOR, path, r2.id());
    workflow.approve(REVIEWER, second.id(), r2.id(), "");
    publishing.publish(REVIEWER, path, r2.id());
    Revision r3 = content.revertTo(EDITOR, path, r2.id(), 1, null);
    publishing.publishUrgentFix(
        ADMIN, path, r3.id(), "Restoring the approved wording after a complaint");
    publishing.unpublish(REVIEWER, path, "Page retired");

    List<AuditEntry> entries = audit.forItem(item.id());

    assertEquals(
        List.of(
            "edna content.create r1",
            "edna workflow.submit r1",
            "rita workflow.comment r1",
            "rita workflow.reject r1",
            "edna content.save r2",
            "edna workflow.submit r2",
            "rita workflow.approve r2",
            "rita publishing.publish r2",
            "edna content.revert r3",
            "ada publishing.urgent-fix r3",
            "rita publishing.unpublish r3"),
        entries.stream()
            .map(e -> e.actor() + " " + e.action() + " r" + numberOf(e, path))
            .toList());
    assertEquals(
        "revision 3 without review: Restoring the approved wording after a complaint",
        entries.get(9).detail());
  }

  @Test
  void aRefusedActionLeavesNoEntry() {
    ContentPath path = Staff.freshPath("audited");
    ContentItem item = content.create(EDITOR, ContentType.PAGE, path, page("one"), "");
    Revision r1 = item.latestRevision().orElseThrow();

    assertThrows(
        IllegalTransitionException.class, () -> publishing.publish(REVIEWER, path, r1.id()));

    assertEquals(
        List.of("content.create"),
        audit.forItem(item.id()).stream().map(AuditEntry::action).toList());
  }

  private int numberOf(AuditEntry entry, ContentPath path) {
    long revisionId = entry.revisionId().orElseThrow();
    return content.history(path).stream()
        .filter(r -> r.id() == revisionId)
        .findFirst()
        .orElseThrow()
        .number();
  }

  private static RevisionContent page(String body) {
    return new RevisionContent("Audited page", "", body);
  }
}

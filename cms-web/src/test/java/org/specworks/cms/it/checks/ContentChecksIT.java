package org.specworks.cms.it.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Content checks against the real database: the imported seed's defects, and publishing that they
 * guard.
 */
@CmsIntegrationTest
class ContentChecksIT {

  @Inject private ContentChecks checks;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private AuditLog audit;

  @Test
  void theImportedAboutPageShowsTheSeedsKnownDefects() {
    ContentItem about = content.requireByPath(ContentPath.of("/omaspecworks/about"));
    List<Finding> findings = checks.check(about, about.liveRevision().orElseThrow());

    assertEquals(
        13,
        findings.stream().filter(f -> f.check().equals("empty-link")).count(),
        findings.toString());
    assertEquals(1, findings.stream().filter(f -> f.check().equals("spelling")).count());
    assertEquals(1, findings.stream().filter(f -> f.check().equals("repeated-text")).count());
    assertTrue(
        findings.stream().noneMatch(Finding::isError), "the seed has no errors: " + findings);
  }

  @Test
  void errorsBlockEvenAnUrgentFixAndNothingGoesLive() {
    ContentPath path = ContentPath.of("/it/checks-broken-link");
    ContentItem item =
        content.create(
            Staff.EDITOR,
            ContentType.PAGE,
            path,
            new RevisionContent(
                "Broken", "", "See [the rules](/omaspecworks/about/no-such-page).", Map.of()),
            "new");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                publishing.publishUrgentFix(
                    Staff.ADMIN,
                    path,
                    item.latestRevision().orElseThrow().id(),
                    "An urgent fix that is not allowed to skip errors"));

    assertTrue(
        refused.getMessage().contains("/omaspecworks/about/no-such-page, where there is no page"),
        refused.getMessage());
    assertTrue(content.requireByPath(path).liveRevision().isEmpty(), "nothing went live");
  }

  @Test
  void warningsNeedANoteThatTheAuditTrailKeeps() {
    ContentPath path = ContentPath.of("/it/checks-empty-link");
    ContentItem item =
        content.create(
            Staff.EDITOR,
            ContentType.PAGE,
            path,
            new RevisionContent("Empty link", "", "The [agreement]() is not online yet.", Map.of()),
            "new");
    long revision = item.latestRevision().orElseThrow().id();
    Review review = workflow.submitForReview(Staff.EDITOR, path, revision);
    workflow.approve(Staff.REVIEWER, review.id(), revision, "ok");

    InvalidInputException unaccepted =
        assertThrows(
            InvalidInputException.class, () -> publishing.publish(Staff.REVIEWER, path, revision));
    assertTrue(unaccepted.getMessage().contains("has 1 warning"), unaccepted.getMessage());
    assertFalse(content.requireByPath(path).liveRevision().isPresent());

    publishing.publish(Staff.REVIEWER, path, revision, "The agreement PDF follows next week.");

    assertTrue(content.requireByPath(path).liveRevision().isPresent());
    String detail = audit.latest(1).get(0).detail();
    assertTrue(
        detail.contains("1 warning(s) accepted: The agreement PDF follows next week."), detail);
  }
}

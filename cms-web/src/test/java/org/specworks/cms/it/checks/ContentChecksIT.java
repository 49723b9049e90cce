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
import org.specworks.cms.checks.CheckedRevision;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.EditorialSteps;
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
  @Inject private EditorialSteps steps;

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
    assertTrue(unaccepted.getMessage().contains("has 1 new warning"), unaccepted.getMessage());
    assertFalse(content.requireByPath(path).liveRevision().isPresent());

    publishing.publish(Staff.REVIEWER, path, revision, "The agreement PDF follows next week.");

    assertTrue(content.requireByPath(path).liveRevision().isPresent());
    String detail = audit.latest(1).get(0).detail();
    assertTrue(
        detail.contains("1 warning(s) accepted: The agreement PDF follows next week."), detail);
  }

  /**
   * The case: a one-word fix of a page whose live revision has 13 empty links is published
   * without a note; a change that adds a 14th needs one, for that one only.
   */
  @Test
  void onlyWarningsAChangeIntroducesNeedANote() {
    ContentPath path = Staff.freshPath("checks-known");
    String links = "[a]() [b]() [c]() [d]() [e]() [f]() [g]() [h]() [i]() [j]() [k]() [l]() [m]()";
    ContentItem item =
        content.create(
            Staff.EDITOR,
            ContentType.PAGE,
            path,
            new RevisionContent("Known", "", "Welcome to SpeckWorks. " + links, Map.of()),
            "new");
    Revision first = item.latestRevision().orElseThrow();
    steps.approve(path, first);
    publishing.publish(Staff.REVIEWER, path, first.id(), "The seed's known empty links.");

    Revision fix =
        content.save(
            Staff.EDITOR,
            path,
            first.id(),
            new RevisionContent("Known", "", "Welcome to SpecWorks. " + links, Map.of()),
            "one word");
    steps.approve(path, fix);
    CheckedRevision checked =
        checks.compareWithLive(content.requireByPath(path), fix, java.util.Set.of());
    assertEquals(List.of(), checked.introduced());
    assertEquals(13, checked.alreadyLive().size(), checked.toString());
    publishing.publish(Staff.REVIEWER, path, fix.id());
    assertEquals(fix.id(), content.requireByPath(path).liveRevision().orElseThrow().id());

    Revision more =
        content.save(
            Staff.EDITOR,
            path,
            fix.id(),
            new RevisionContent("Known", "", "Welcome to SpecWorks. " + links + " [n]()", Map.of()),
            "one more empty link");
    steps.approve(path, more);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> publishing.publish(Staff.REVIEWER, path, more.id()));
    assertTrue(refused.getMessage().contains("has 1 new warning"), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("The 13 findings already on the live page need no note."),
        refused.getMessage());
  }

  @Test
  void theSeededCollaboratePageIsABareTitleAndSoIsANewEmptyPage() {
    ContentItem collaborate =
        content.requireByPath(ContentPath.of("/omaspecworks/about/collaborate"));
    assertEquals(
        List.of("empty-page"),
        checks.check(collaborate, collaborate.liveRevision().orElseThrow()).stream()
            .map(Finding::check)
            .toList());

    ContentPath path = Staff.freshPath("checks-empty");
    ContentItem empty =
        content.create(
            Staff.EDITOR,
            ContentType.PAGE,
            path,
            new RevisionContent("Empty", "", "", Map.of()),
            "new");
    Revision revision = empty.latestRevision().orElseThrow();
    steps.approve(path, revision);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> publishing.publish(Staff.REVIEWER, path, revision.id()));
    assertTrue(refused.getMessage().contains("no text"), refused.getMessage());
    assertTrue(content.requireByPath(path).liveRevision().isEmpty());
  }

  /**
   * A mark's symbol changed in the list while the trademark policy's text still writes the old one:
   * a finding on the mark, naming the policy; and the policy, checked against the list, too.
   */
  @Test
  void aTrademarkSymbolThePolicysTextContradictsIsAFinding() {
    String designation = "Fresh Mark " + Staff.freshPath("m").value().substring(6);
    ContentPath policy = Staff.freshPath("trademark-policy");
    content.create(
        Staff.EDITOR,
        ContentType.POLICY,
        policy,
        new RevisionContent(
            "Trademarks",
            "The ‘" + designation + "™’ mark is ours.",
            "",
            Map.of("kind", "trademark-policy", "position", "98")),
        "new");
    publishUrgently(policy);
    ContentPath mark = Staff.freshPath("mark");
    content.create(
        Staff.EDITOR,
        ContentType.TRADEMARK,
        mark,
        new RevisionContent(
            designation, "", "", Map.of("form", "word-mark", "symbol", "™", "position", "99")),
        "new");
    publishUrgently(mark);

    Revision registered =
        content.save(
            Staff.EDITOR,
            mark,
            content.requireByPath(mark).latestRevision().orElseThrow().id(),
            new RevisionContent(
                designation, "", "", Map.of("form", "word-mark", "symbol", "®", "position", "99")),
            "now registered");
    List<Finding> onTheMark = checks.check(content.requireByPath(mark), registered);
    assertEquals(
        List.of("trademark-symbol"),
        onTheMark.stream().map(Finding::check).toList(),
        "" + onTheMark);
    assertTrue(
        onTheMark.get(0).message().contains(policy.value() + " writes “" + designation + "™”"),
        onTheMark.get(0).message());

    publishUrgently(mark);
    ContentItem livePolicy = content.requireByPath(policy);
    List<Finding> onThePolicy = checks.check(livePolicy, livePolicy.liveRevision().orElseThrow());
    assertEquals(
        List.of("trademark-symbol"),
        onThePolicy.stream().map(Finding::check).toList(),
        "" + onThePolicy);
  }

  private void publishUrgently(ContentPath path) {
    publishing.publishUrgentFix(
        Staff.ADMIN,
        path,
        content.requireByPath(path).latestRevision().orElseThrow().id(),
        "Fixture of the content checks' test, published at once");
  }
}

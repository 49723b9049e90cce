package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.content.WordDiff;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Versioned editing against the run's database: every save a new revision, stale saves refused,
 * nothing lost.
 */
@CmsIntegrationTest
class EditingIT {

  @Inject private ContentService content;
  @Inject private AuditLog audit;
  @Inject private org.specworks.cms.content.OverwriteNotices notices;

  @Test
  void everySaveIsANewRevisionOnTopOfTheLatest() {
    ContentPath path = Staff.freshPath("page");
    ContentItem item = content.create(EDITOR, ContentType.PAGE, path, page("First"), "created");
    long first = item.latestRevision().orElseThrow().id();

    Revision second = content.save(EDITOR, path, first, page("Second"), "reworded");

    List<Revision> history = content.history(path);
    assertEquals(List.of(2, 1), history.stream().map(Revision::number).toList());
    assertEquals("First", history.get(1).content().body(), "the first revision is untouched");
    assertEquals(first, second.baseRevision().orElseThrow().id());
  }

  @Test
  void aSaveOnAStaleRevisionIsRefusedSayingWhoChangedWhatAndStoresNothing() {
    ContentPath path = Staff.freshPath("page");
    long base =
        content
            .create(EDITOR, ContentType.PAGE, path, page("v1"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    content.save(OTHER_EDITOR, path, base, page("v2 by otto"), "fixed the typo");

    StaleRevisionException stale =
        assertThrows(
            StaleRevisionException.class,
            () -> content.save(EDITOR, path, base, page("v2 by edna"), ""));

    assertTrue(
        stale.getMessage().contains("revision 2 was saved by otto (\"fixed the typo\")"),
        stale.getMessage());
    assertEquals(1, stale.newerRevisions().size());
    assertEquals(2, content.history(path).size());
    assertEquals(
        "v2 by otto", content.requireByPath(path).latestRevision().orElseThrow().content().body());
  }

  @Test
  void ofConcurrentWritersOnTheSameBaseExactlyOneWinsAndNoRevisionDisappears() throws Exception {
    ContentPath path = Staff.freshPath("race");
    long base =
        content
            .create(EDITOR, ContentType.PAGE, path, page("start"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    int writers = 6;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < writers; i++) {
        String text = "writer " + i;
        Callable<String> write =
            () -> {
              start.await();
              try {
                content.save(EDITOR, path, base, page(text), text);
                return "won";
              } catch (StaleRevisionException conflict) {
                return "conflict";
              }
            };
        outcomes.add(pool.submit(write));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
      assertEquals(
          writers - 1, results.stream().filter("conflict"::equals).count(), results.toString());
    } finally {
      pool.shutdownNow();
    }
    List<Revision> history = content.history(path);
    assertEquals(List.of(2, 1), history.stream().map(Revision::number).toList());
    assertEquals("start", history.get(1).content().body());
  }

  @Test
  void revertMakesAnEarlierRevisionsContentTheLatestAsANewRevision() {
    ContentPath path = Staff.freshPath("page");
    long r1 =
        content
            .create(EDITOR, ContentType.PAGE, path, page("original"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    long r2 = content.save(EDITOR, path, r1, page("vandalised"), "").id();

    Revision r3 = content.revertTo(OTHER_EDITOR, path, r2, 1, null);

    assertEquals(3, r3.number());
    assertEquals("original", r3.content().body());
    assertEquals("Reverted to revision 1", r3.changeNote());
    assertEquals(3, content.history(path).size(), "history stays linear: nothing removed");
  }

  @Test
  void diffShowsChangedFieldsWithWordLevelChanges() {
    ContentPath path = Staff.freshPath("faq");
    long r1 =
        content
            .create(
                EDITOR,
                ContentType.FAQ_ENTRY,
                path,
                faq("What is OMA SpeckWorks?", "An SDO.", "1"),
                "")
            .latestRevision()
            .orElseThrow()
            .id();
    content.save(EDITOR, path, r1, faq("What is OMA SpecWorks?", "An SDO.", "2"), "");

    RevisionDiff diff = content.diff(path, 1, 2);

    assertEquals(
        List.of("title", "position"),
        diff.changes().stream().map(RevisionDiff.FieldChange::field).toList());
    assertEquals("Question", diff.changes().get(0).label());
    assertTrue(
        diff.changes()
            .get(0)
            .words()
            .contains(new WordDiff.Segment(WordDiff.Kind.REMOVED, "SpeckWorks")));
    RevisionDiff sinceLive = content.changesSinceLive(path);
    assertEquals(0, sinceLive.fromRevision(), "never published: compared with nothing");
    assertEquals(
        List.of("title", "body", "position"),
        sinceLive.changes().stream().map(RevisionDiff.FieldChange::field).toList());
  }

  @Test
  void badInputIsRefusedWithReasonsAndChangesNothing() {
    ContentPath path = Staff.freshPath("faq");
    long before = content.totals().revisions();

    ContentValidationException invalid =
        assertThrows(
            ContentValidationException.class,
            () -> content.create(EDITOR, ContentType.FAQ_ENTRY, path, faq("Q?", "", "first"), ""));
    assertEquals(
        Map.of("body", "Answer is required.", "position", "Position must be a whole number."),
        invalid.violations());

    assertThrows(
        PermissionDeniedException.class,
        () -> content.create(REVIEWER, ContentType.PAGE, path, page("x"), ""));
    assertTrue(content.findByPath(path).isEmpty());
    assertEquals(before, content.totals().revisions());

    long r1 =
        content
            .create(EDITOR, ContentType.PAGE, path, page("same"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    InvalidInputException unchanged =
        assertThrows(
            InvalidInputException.class, () -> content.save(EDITOR, path, r1, page("same"), ""));
    assertTrue(unchanged.getMessage().contains("Nothing to save"));
  }

  @Test
  void savingOverAConflictStoresOnTheLatestAndTheAuditSaysWhoseRevisionsItReplaced() {
    ContentPath path = Staff.freshPath("overwrite");
    long base =
        content
            .create(EDITOR, ContentType.PAGE, path, page("v1"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    Revision byOtto = content.save(OTHER_EDITOR, path, base, page("v2 by otto"), "");
    Revision byAda = content.save(ADMIN, path, byOtto.id(), page("v3 by ada"), "");
    assertThrows(
        StaleRevisionException.class, () -> content.save(EDITOR, path, base, page("mine"), ""));

    Revision mine =
        content.saveOverConflict(EDITOR, path, base, byAda.id(), page("mine"), "my wording");

    assertEquals(4, mine.number());
    assertEquals(
        byAda.id(),
        mine.baseRevision().orElseThrow().id(),
        "on top of the latest, not of the old base");
    assertEquals(
        "my wording (saved over revision 2 by otto, revision 3 by ada)", mine.changeNote());
    assertEquals(
        "mine", content.requireByPath(path).latestRevision().orElseThrow().content().body());
    List<AuditEntry> aboutMine =
        audit.forItem(content.requireByPath(path).id()).stream()
            .filter(entry -> entry.revisionId().equals(java.util.Optional.of(mine.id())))
            .toList();
    assertEquals(
        List.of("content.overwrite"),
        aboutMine.stream().map(AuditEntry::action).toList(),
        "recorded as an overwrite, not as an ordinary save");
    assertEquals(
        "revision 4 saved over revision 2 by otto, revision 3 by ada, the editor having started from"
            + " revision 1; told otto, ada on their dashboard",
        aboutMine.get(0).detail());
  }

  @Test
  void theAuthorsSavedOverFindANoticeOnTheirDashboardUntilTheyDismissIt() {
    ContentPath path = Staff.freshPath("overwrite-notice");
    long base =
        content
            .create(EDITOR, ContentType.PAGE, path, page("v1"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    Revision byOtto = content.save(OTHER_EDITOR, path, base, page("v2 by otto"), "");
    Revision byOttoAgain = content.save(OTHER_EDITOR, path, byOtto.id(), page("v3 by otto"), "");
    long itemId = content.requireByPath(path).id();

    content.saveOverConflict(EDITOR, path, base, byOttoAgain.id(), page("mine"), "");

    List<org.specworks.cms.content.OverwriteNotice> ottos =
        notices.openFor(OTHER_EDITOR).stream().filter(n -> n.itemId() == itemId).toList();
    assertEquals(1, ottos.size(), "one notice for both of otto's revisions");
    assertEquals("edna", ottos.get(0).savedBy());
    assertEquals(4, ottos.get(0).savedRevision());
    assertEquals("2, 3", ottos.get(0).overwritten());
    assertTrue(
        notices.openFor(EDITOR).stream().noneMatch(n -> n.itemId() == itemId),
        "the editor who saved over is not told about their own save");

    assertThrows(
        org.specworks.cms.shared.NotFoundException.class,
        () -> notices.dismiss(EDITOR, ottos.get(0).id()),
        "only its recipient dismisses a notice");
    notices.dismiss(OTHER_EDITOR, ottos.get(0).id());
    assertTrue(notices.openFor(OTHER_EDITOR).stream().noneMatch(n -> n.itemId() == itemId));
  }

  @Test
  void savingOverAConflictIsRefusedIfSomeoneSavedAgainAfterItWasShown() {
    ContentPath path = Staff.freshPath("overwrite-again");
    long base =
        content
            .create(EDITOR, ContentType.PAGE, path, page("v1"), "")
            .latestRevision()
            .orElseThrow()
            .id();
    Revision shown = content.save(OTHER_EDITOR, path, base, page("v2 by otto"), "");
    content.save(ADMIN, path, shown.id(), page("v3 by ada"), "while edna read the conflict");

    StaleRevisionException again =
        assertThrows(
            StaleRevisionException.class,
            () -> content.saveOverConflict(EDITOR, path, base, shown.id(), page("mine"), ""));

    assertTrue(again.getMessage().contains("revision 3 was saved by ada"), again.getMessage());
    assertEquals(3, content.history(path).size(), "nothing stored");
    assertEquals(
        "v3 by ada", content.requireByPath(path).latestRevision().orElseThrow().content().body());
    assertThrows(
        InvalidInputException.class,
        () -> content.saveOverConflict(EDITOR, path, shown.id(), shown.id(), page("mine"), ""),
        "no revision between the two: nothing to save over");
  }

  static RevisionContent page(String body) {
    return new RevisionContent("A page", "", body);
  }

  static RevisionContent faq(String question, String answer, String position) {
    return new RevisionContent(question, "", answer, Map.of("position", position));
  }
}

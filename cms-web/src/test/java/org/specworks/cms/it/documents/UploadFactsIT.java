package org.specworks.cms.it.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * A document's file facts (checksum, size, type, file name) change only by uploading: core refuses
 * a save, an overwrite or a new item whose facts were typed or forged instead of uploaded, and
 * stores nothing; saving text over someone's upload keeps their file.
 */
@CmsIntegrationTest
class UploadFactsIT {

  @Inject private DocumentFiles documents;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private PublishingService publishing;
  @Inject private EditorialSteps steps;

  @Test
  void aSaveThatPointsADocumentAtAnotherFileIsRefusedAndNothingIsStored() {
    ContentPath path = ContentPath.of("/documents/it-facts-" + System.nanoTime());
    Revision uploaded = upload(path, "ours.pdf", "our text");
    Revision other =
        upload(ContentPath.of("/documents/it-facts-other-" + System.nanoTime()), "x.pdf", "other");

    Map<String, String> forged = new TreeMap<>(uploaded.content().fields());
    forged.put("sha256", other.content().field("sha256"));
    forged.put("sizeBytes", other.content().field("sizeBytes"));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                content.save(
                    Staff.EDITOR, path, uploaded.id(), withFields(uploaded, forged), "forged"));
    assertTrue(refused.getMessage().contains("only by uploading"), refused.getMessage());
    assertEquals(2, content.history(path).size(), "nothing stored");

    Map<String, String> renamed = new TreeMap<>(uploaded.content().fields());
    renamed.put("fileName", "someone-elses.pdf");
    assertThrows(
        InvalidInputException.class,
        () -> content.save(Staff.EDITOR, path, uploaded.id(), withFields(uploaded, renamed), null));
    assertEquals(2, content.history(path).size(), "nothing stored");
  }

  @Test
  void typedChangesKeepTheUploadedFile() {
    ContentPath path = ContentPath.of("/documents/it-facts-typed-" + System.nanoTime());
    Revision uploaded = upload(path, "kept.pdf", "kept");
    RevisionContent retitled =
        new RevisionContent(
            "Agreement, retitled", "new description", "", uploaded.content().fields());

    Revision saved = content.save(Staff.EDITOR, path, uploaded.id(), retitled, "typed");

    assertEquals("Agreement, retitled", saved.content().title());
    assertEquals(uploaded.content().field("sha256"), saved.content().field("sha256"));
    assertEquals("kept.pdf", saved.content().field("fileName"));
  }

  @Test
  void savingOverSomeonesUploadKeepsTheirFileAndForgedFactsAreRefusedThereToo() {
    ContentPath path = ContentPath.of("/documents/it-facts-over-" + System.nanoTime());
    Revision first = upload(path, "first.pdf", "first");
    // Someone uploads a new file while this editor still types on the first one.
    Revision second =
        documents.attachPdf(
            Staff.OTHER_EDITOR, path, first.id(), "second.pdf", TestPdfs.pdfSaying("second"), null);

    Map<String, String> forged = new TreeMap<>(first.content().fields());
    forged.put("sha256", "0".repeat(64));
    assertThrows(
        InvalidInputException.class,
        () ->
            content.saveOverConflict(
                Staff.EDITOR, path, first.id(), second.id(), withFields(first, forged), null));
    assertEquals(3, content.history(path).size(), "nothing stored");

    RevisionContent typed =
        new RevisionContent("Mine", "typed meanwhile", "", first.content().fields());
    Revision mine =
        content.saveOverConflict(Staff.EDITOR, path, first.id(), second.id(), typed, null);

    assertEquals("Mine", mine.content().title());
    assertEquals(second.content().field("sha256"), mine.content().field("sha256"));
    assertEquals("second.pdf", mine.content().field("fileName"));
  }

  @Test
  void aNewDocumentCannotClaimAFileBeforeOneIsUploaded() {
    Revision existing =
        upload(ContentPath.of("/documents/it-facts-claimed-" + System.nanoTime()), "a.pdf", "a");
    ContentPath path = ContentPath.of("/documents/it-facts-new-" + System.nanoTime());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                content.create(
                    Staff.EDITOR,
                    ContentType.DOCUMENT,
                    path,
                    new RevisionContent("Claimed", "", "", existing.content().fields()),
                    null));
    assertTrue(refused.getMessage().contains("no file yet"), refused.getMessage());
    assertTrue(content.findByPath(path).isEmpty(), "nothing stored");
  }

  @Test
  void aHotfixOrAHandMadeMergeCannotSwapTheFileEither() {
    ContentPath path = ContentPath.of("/documents/it-facts-hotfix-" + System.nanoTime());
    Revision live = upload(path, "live.pdf", "live");
    publishing.publishUrgentFix(Staff.ADMIN, path, live.id(), "Test fixture published");
    Revision draft =
        content.save(Staff.EDITOR, path, live.id(), described(live, "draft text"), null);
    Map<String, String> forged = new TreeMap<>(live.content().fields());
    forged.put("sha256", "0".repeat(64));
    int beforeFix = content.history(path).size();

    assertThrows(
        InvalidInputException.class,
        () ->
            hotfixes.saveHotfix(
                Staff.OTHER_EDITOR,
                path,
                live.id(),
                new RevisionContent("Agreement", "fixed", "", forged),
                null));
    assertEquals(beforeFix, content.history(path).size(), "nothing stored");

    Revision hotfix =
        hotfixes.saveHotfix(Staff.OTHER_EDITOR, path, live.id(), described(live, "fixed"), "fix");
    steps.approve(path, hotfix);
    publishing.publish(steps.reviewerAccount(), path, hotfix.id());
    int revisions = content.history(path).size();

    assertThrows(
        InvalidInputException.class,
        () ->
            hotfixes.resolveMerge(
                Staff.EDITOR,
                path,
                draft.id(),
                new RevisionContent("Agreement", "merged", "", forged),
                null));
    assertEquals(revisions, content.history(path).size(), "nothing stored");

    Revision merged =
        hotfixes.resolveMerge(Staff.EDITOR, path, draft.id(), described(live, "merged"), null);
    assertEquals(live.content().field("sha256"), merged.content().field("sha256"));
  }

  private Revision upload(ContentPath path, String fileName, String text) {
    ContentItem item =
        content.create(
            Staff.EDITOR,
            ContentType.DOCUMENT,
            path,
            new RevisionContent("Agreement", "", "", Map.of()),
            "new document");
    return documents.attachPdf(
        Staff.EDITOR,
        path,
        item.latestRevision().orElseThrow().id(),
        fileName,
        TestPdfs.pdfSaying(text),
        null);
  }

  private static RevisionContent described(Revision revision, String description) {
    RevisionContent content = revision.content();
    return new RevisionContent(content.title(), description, content.body(), content.fields());
  }

  private static RevisionContent withFields(Revision revision, Map<String, String> fields) {
    RevisionContent content = revision.content();
    return new RevisionContent(content.title(), "changed", content.body(), fields);
  }
}

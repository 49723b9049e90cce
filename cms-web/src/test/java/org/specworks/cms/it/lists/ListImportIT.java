package org.specworks.cms.it.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentTotals;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.lists.ContentLists;
import org.specworks.cms.lists.ListChangedException;
import org.specworks.cms.lists.ListEntry;
import org.specworks.cms.lists.ListFormat;
import org.specworks.cms.lists.ListImportPreview;
import org.specworks.cms.lists.ListImportPreview.Kind;
import org.specworks.cms.lists.ListImportResult;
import org.specworks.cms.lists.ListImportService;
import org.specworks.cms.lists.ListPaths;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Importing the trademark list from CSV on the run's database: the preview tells added, changed,
 * left-out and unchanged marks apart and saves nothing; applying makes drafts only (nothing new
 * goes live, so the public list keeps its nine marks); a change after the preview or an error in
 * the file refuses the whole import.
 */
@CmsIntegrationTest
class ListImportIT {

  @Inject private ListImportService imports;
  @Inject private ContentLists lists;
  @Inject private ContentService content;
  @Inject private AuditLog audit;

  /** The list now; a file that changes its second mark, leaves out its third and adds a new one. */
  private record Plan(
      List<ListEntry> current, ListEntry changed, ListEntry omitted, String added, String csv) {

    byte[] bytes() {
      return csv.getBytes(StandardCharsets.UTF_8);
    }
  }

  private Plan plan() {
    List<ListEntry> current = lists.entries(ContentType.TRADEMARK);
    assertTrue(current.size() >= 9, "the seed's marks at least: " + current.size());
    ListEntry changed = current.get(1);
    ListEntry omitted = current.get(2);
    String added = TrademarkCsvFiles.freshDesignation("Lists IT");
    StringBuilder csv = TrademarkCsvFiles.listAsCsv(current, changed, omitted);
    TrademarkCsvFiles.row(csv, added, "word-mark", "®", "100");
    return new Plan(current, changed, omitted, added, csv.toString());
  }

  @Test
  void thePreviewClassifiesEveryRowAgainstTheListAndSavesNothing() {
    Plan plan = plan();
    ContentTotals before = content.totals();

    ListImportPreview preview =
        imports.preview(EDITOR, ContentType.TRADEMARK, "marks.csv", plan.bytes());

    assertEquals(List.of(), preview.fileErrors());
    assertEquals(1, preview.count(Kind.ADDED), preview.summary());
    assertEquals(plan.added(), preview.rowsOf(Kind.ADDED).get(0).value("designation"));
    ListImportPreview.Row changed = preview.rowsOf(Kind.CHANGED).get(0);
    assertEquals(1, preview.count(Kind.CHANGED), preview.summary());
    assertEquals(plan.changed().path(), changed.path());
    assertEquals(plan.changed().revisionId(), changed.baseRevisionId());
    assertEquals(
        List.of(
            new ListImportPreview.FieldChange(
                "Symbol",
                plan.changed().field("symbol"),
                TrademarkCsvFiles.flip(plan.changed().field("symbol")))),
        changed.changes());
    assertEquals(
        List.of(plan.omitted().path()),
        preview.rowsOf(Kind.REMOVED).stream().map(ListImportPreview.Row::path).toList());
    assertEquals(plan.current().size() - 2, preview.count(Kind.UNCHANGED), preview.summary());
    assertEquals(0, preview.count(Kind.INVALID));
    assertTrue(preview.applicable());
    assertEquals(before, content.totals(), "a preview saves nothing");
  }

  @Test
  void applyingMakesDraftsOnlyAndAuditsTheImportOnce() {
    Plan plan = plan();
    long liveBefore = content.countLiveItems(ContentType.TRADEMARK);
    ContentItem changedBefore = content.requireByPath(ContentPath.of(plan.changed().path()));
    long changedLive = changedBefore.liveRevision().map(Revision::id).orElse(0L);
    ListImportPreview preview =
        imports.preview(EDITOR, ContentType.TRADEMARK, "marks.csv", plan.bytes());

    ListImportResult result = imports.apply(EDITOR, preview);

    assertEquals(1, result.created().size());
    ContentItem created = content.requireByPath(ContentPath.of(result.created().get(0)));
    assertTrue(ListPaths.isTrademarkPath(created.path()), created.path().value());
    assertTrue(
        created.path().value().startsWith(ListPaths.TRADEMARKS.value() + "/lists-it-mark-"),
        created.path().value());
    assertEquals(PublicationStatus.NEVER_PUBLISHED, created.status(), "a new mark is a draft");
    Revision first = created.latestRevision().orElseThrow();
    assertEquals(plan.added(), first.content().title());
    assertEquals(
        new TreeMap<>(java.util.Map.of("form", "word-mark", "symbol", "®", "position", "100")),
        first.content().fields());
    assertEquals("edna", first.author());

    ContentItem changed = content.requireByPath(ContentPath.of(plan.changed().path()));
    Revision draft = changed.latestRevision().orElseThrow();
    assertEquals(plan.changed().revisionNumber() + 1, draft.number());
    assertEquals(plan.changed().revisionId(), draft.baseRevision().orElseThrow().id());
    assertEquals(
        TrademarkCsvFiles.flip(plan.changed().field("symbol")), draft.content().field("symbol"));
    assertEquals(
        changedLive,
        changed.liveRevision().map(Revision::id).orElse(0L),
        "what readers see is unchanged");

    assertEquals(
        plan.omitted().revisionId(),
        content
            .requireByPath(ContentPath.of(plan.omitted().path()))
            .latestRevision()
            .orElseThrow()
            .id(),
        "a mark left out of the file is not touched");
    assertEquals(List.of(plan.omitted().label()), result.notInFile());
    assertEquals(
        liveBefore, content.countLiveItems(ContentType.TRADEMARK), "nothing new is public");

    assertEquals(
        List.of("content.create"),
        audit.forItem(created.id()).stream().map(AuditEntry::action).toList());
    AuditEntry summary =
        audit.latest(5).stream()
            .filter(entry -> entry.action().equals("lists.import"))
            .findFirst()
            .orElseThrow();
    assertEquals("edna", summary.actor());
    assertTrue(summary.detail().contains("1 added, 1 changed (drafts)"), summary.detail());
    assertTrue(
        summary
            .detail()
            .contains("to be taken off the site by a reviewer: " + plan.omitted().label()),
        summary.detail());
  }

  @Test
  void aChangeToTheListAfterThePreviewRefusesTheWholeImport() {
    Plan plan = plan();
    ListImportPreview preview =
        imports.preview(EDITOR, ContentType.TRADEMARK, "marks.csv", plan.bytes());
    ListEntry unchanged = plan.current().get(0);
    TreeMap<String, String> fields = new TreeMap<>(unchanged.fields());
    fields.put("position", Integer.toString(unchanged.position() + 1000));
    content.save(
        OTHER_EDITOR,
        ContentPath.of(unchanged.path()),
        unchanged.revisionId(),
        new RevisionContent(unchanged.title(), "", "", fields),
        "moved meanwhile");
    ContentTotals before = content.totals();

    ListChangedException refused =
        assertThrows(ListChangedException.class, () -> imports.apply(EDITOR, preview));

    assertTrue(
        refused.getMessage().contains(unchanged.label() + " was changed by otto"),
        refused.getMessage());
    assertEquals(before, content.totals(), "nothing of the import was stored");
    assertEquals(
        plan.changed().revisionId(),
        content
            .requireByPath(ContentPath.of(plan.changed().path()))
            .latestRevision()
            .orElseThrow()
            .id());
    assertTrue(
        content
            .findByPath(ContentPath.of(ListPaths.trademarkPath(plan.added(), "word-mark")))
            .isEmpty());
  }

  @Test
  void aRowWithAnErrorBlocksTheImportAndChangesNothing() {
    Plan plan = plan();
    ListEntry first = plan.current().get(0);
    String csv =
        plan.csv()
            + "Broken Mark,sticker,™,1\r\n"
            + ",logo,none,2\r\n"
            + TrademarkCsvFiles.row(
                new StringBuilder(),
                first.title(),
                first.field("form"),
                first.field("symbol"),
                "3");
    ContentTotals before = content.totals();

    ListImportPreview preview =
        imports.preview(
            EDITOR, ContentType.TRADEMARK, "broken.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertEquals(3, preview.count(Kind.INVALID), preview.summary());
    List<String> errors =
        preview.rowsOf(Kind.INVALID).stream().flatMap(row -> row.errors().stream()).toList();
    assertTrue(
        errors.contains("The form \"sticker\" is not one of word-mark, logo."), errors.toString());
    assertTrue(errors.contains("The designation is missing."), errors.toString());
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("The same designation and form as line 2")),
        errors.toString());
    assertTrue(preview.hasErrors());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> imports.apply(EDITOR, preview));
    assertTrue(refused.getMessage().contains("nothing was imported"), refused.getMessage());
    assertEquals(before, content.totals());
  }

  @Test
  void onlyEditorsAndAdministratorsImport() {
    Plan plan = plan();
    ContentTotals before = content.totals();

    assertThrows(
        PermissionDeniedException.class,
        () -> imports.preview(REVIEWER, ContentType.TRADEMARK, "marks.csv", plan.bytes()));
    ListImportPreview preview =
        imports.preview(ADMIN, ContentType.TRADEMARK, "marks.csv", plan.bytes());
    assertTrue(preview.applicable());
    PermissionDeniedException refused =
        assertThrows(PermissionDeniedException.class, () -> imports.apply(REVIEWER, preview));
    assertTrue(
        refused.getMessage().contains("rita may not import trademarks or IPR declarations"),
        refused.getMessage());
    assertEquals(before, content.totals());
  }

  @Test
  void iprDeclarationsAreImportedBelowTheirListsPageAndMatchedOnTheNextImport() {
    String declarant =
        "Lists IT Networks " + java.util.UUID.randomUUID().toString().substring(0, 8);
    String file =
        ListFormat.IPR_DECLARATION.header()
            + "\r\n"
            + declarant
            + ",member,LwM2M 1.2,2024-03-01,\r\n"
            + declarant
            + ",Non-Member,DM 2.0,2023-11-30,/documents/oma-ipr-guidelines\r\n";
    long liveBefore = content.countLiveItems(ContentType.IPR_DECLARATION);

    ListImportPreview preview =
        imports.preview(
            EDITOR, ContentType.IPR_DECLARATION, "ipr.csv", file.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(declarant + " — LwM2M 1.2 (member)", declarant + " — DM 2.0 (non-member)"),
        preview.rowsOf(Kind.ADDED).stream().map(ListImportPreview.Row::label).toList(),
        preview.summary());
    ListImportResult result = imports.apply(EDITOR, preview);

    String slug = declarant.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    assertEquals(
        List.of(
            ListPaths.IPR.value() + "/member-declarations/" + slug + "-lwm2m-1-2",
            ListPaths.IPR.value() + "/non-member-declarations/" + slug + "-dm-2-0"),
        result.created());
    ContentItem nonMember = content.requireByPath(ContentPath.of(result.created().get(1)));
    assertEquals(
        PublicationStatus.NEVER_PUBLISHED, nonMember.status(), "imported declarations are drafts");
    assertEquals(
        new TreeMap<>(
            java.util.Map.of(
                "list",
                "non-member",
                "specification",
                "DM 2.0",
                "declaredOn",
                "2023-11-30",
                "document",
                "/documents/oma-ipr-guidelines")),
        nonMember.latestRevision().orElseThrow().content().fields());
    assertEquals(
        liveBefore, content.countLiveItems(ContentType.IPR_DECLARATION), "nothing new is public");

    String corrected = file.replace("2024-03-01", "2024-03-05");
    ListImportPreview again =
        imports.preview(
            EDITOR,
            ContentType.IPR_DECLARATION,
            "ipr.csv",
            corrected.getBytes(StandardCharsets.UTF_8));
    assertEquals(0, again.count(Kind.ADDED), "both are recognised: " + again.summary());
    assertEquals(1, again.count(Kind.UNCHANGED), again.summary());
    assertEquals(
        List.of(new ListImportPreview.FieldChange("Declared on", "2024-03-01", "2024-03-05")),
        again.rowsOf(Kind.CHANGED).get(0).changes());
  }
}

package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.lists.ListImportPreview.FieldChange;
import org.specworks.cms.lists.ListImportPreview.Kind;

class ListImportPreviewTest {

  private static final String PARENT = ListPaths.TRADEMARKS.value();

  private static ListEntry mark(
      long revision, String designation, String form, String symbol, int position) {
    return new ListEntry(
        ListPaths.trademarkPath(designation, form),
        revision,
        1,
        "system",
        designation,
        new TreeMap<>(
            Map.of("form", form, "symbol", symbol, "position", Integer.toString(position))),
        PublicationStatus.LIVE);
  }

  private static final List<ListEntry> CURRENT =
      List.of(
          mark(11, "OMA", "logo", "none", 1),
          mark(12, "Open Mobile Alliance", "word-mark", "™", 2),
          mark(13, "SyncML", "word-mark", "™", 3),
          mark(14, "SyncML", "logo", "none", 4));

  private static ListImportPreview preview(String rows) {
    ListCsv csv =
        ListCsv.read(
            ListFormat.TRADEMARK,
            ("designation,form,symbol,position\n" + rows).getBytes(StandardCharsets.UTF_8));
    return ListImportPreview.of("marks.csv", csv, CURRENT);
  }

  @Test
  void classifiesEveryRowAndEveryMarkLeftOut() {
    ListImportPreview preview =
        preview(
            "OMA,logo,none,1\n"
                + "Open Mobile Alliance,word-mark,®,2\n"
                + "SyncML,logo,none,3\n"
                + "LwM2M,word-mark,™,4\n");

    assertEquals(
        List.of(Kind.UNCHANGED, Kind.CHANGED, Kind.CHANGED, Kind.ADDED, Kind.REMOVED),
        preview.rows().stream().map(ListImportPreview.Row::kind).toList());
    assertEquals(List.of(new FieldChange("Symbol", "™", "®")), preview.rows().get(1).changes());
    assertEquals(List.of(new FieldChange("Position", "4", "3")), preview.rows().get(2).changes());
    ListImportPreview.Row removed = preview.rows().get(4);
    assertEquals(PARENT + "/syncml", removed.path(), "the word mark SyncML is not in the file");
    assertEquals(0, removed.line());
    assertEquals(13, removed.baseRevisionId());
    assertEquals(
        12, preview.rows().get(1).baseRevisionId(), "changes go on top of the revision compared");
    assertTrue(preview.applicable());
    assertEquals(
        "1 added, 2 changed, 1 unchanged, 1 not in the file, 0 with errors", preview.summary());
    assertEquals(
        Map.of(
            PARENT + "/oma-logo",
            11L,
            PARENT + "/open-mobile-alliance",
            12L,
            PARENT + "/syncml",
            13L,
            PARENT + "/syncml-logo",
            14L),
        preview.basis());
  }

  @Test
  void matchesDesignationsWhateverTheirCaseAndShowsTheNewSpelling() {
    ListImportPreview preview =
        preview(
            "oma,logo,none,1\nOpen Mobile Alliance,word-mark,™,2\n"
                + "SyncML,word-mark,™,3\nSyncML,logo,none,4\n");
    assertEquals(Kind.CHANGED, preview.rows().get(0).kind());
    assertEquals(
        List.of(new FieldChange("Designation", "OMA", "oma")), preview.rows().get(0).changes());
    assertEquals(3, preview.count(Kind.UNCHANGED));
    assertEquals(0, preview.count(Kind.REMOVED));
  }

  @Test
  void errorsBlockApplyingAndAnInvalidRowStillCountsAsPresent() {
    ListImportPreview preview =
        preview(
            "OMA,logo,sparkle,1\nOpen Mobile Alliance,word-mark,™,2\n"
                + "SyncML,word-mark,™,3\nSyncML,logo,none,4\nNew,word-mark,™,5\nNew,word-mark,®,6\n");
    assertEquals(
        List.of(
            Kind.INVALID, Kind.UNCHANGED, Kind.UNCHANGED, Kind.UNCHANGED, Kind.ADDED, Kind.INVALID),
        preview.rows().stream().map(ListImportPreview.Row::kind).toList());
    assertEquals(
        0, preview.count(Kind.REMOVED), "the OMA logo is in the file, only with a bad symbol");
    assertTrue(preview.hasErrors());
    assertFalse(preview.applicable());
  }

  @Test
  void aFileErrorMakesNoRowsAndReportsNothingAsRemoved() {
    ListImportPreview preview =
        ListImportPreview.of(
            "x.csv",
            ListCsv.read(ListFormat.TRADEMARK, "name\nOMA\n".getBytes(StandardCharsets.UTF_8)),
            CURRENT);
    assertEquals(List.of(), preview.rows());
    assertTrue(preview.hasErrors());
    assertFalse(preview.applicable());
  }

  @Test
  void aFileThatMatchesTheListHasNothingToApply() {
    ListImportPreview preview =
        preview(
            "OMA,logo,none,1\nOpen Mobile Alliance,word-mark,™,2\n"
                + "SyncML,word-mark,™,3\nSyncML,logo,none,4\n");
    assertEquals(4, preview.count(Kind.UNCHANGED));
    assertFalse(preview.hasErrors());
    assertFalse(preview.applicable());
  }

  @Test
  void declarationsAreMatchedByDeclarantListAndSpecification() {
    ListEntry acme =
        new ListEntry(
            "/omaspecworks/about/ipr/member-declarations/acme-lwm2m",
            21,
            1,
            "system",
            "Acme",
            new TreeMap<>(
                Map.of("list", "member", "specification", "LwM2M", "declaredOn", "2024-03-01")),
            PublicationStatus.LIVE);
    ListCsv csv =
        ListCsv.read(
            ListFormat.IPR_DECLARATION,
            ("declarant,list,specification,declaredOn,document\n"
                    + "Acme,member,LwM2M,2024-03-02,/documents/acme\nAcme,non-member,LwM2M,2024-03-01,\n")
                .getBytes(StandardCharsets.UTF_8));

    ListImportPreview preview = ListImportPreview.of("ipr.csv", csv, List.of(acme));

    assertEquals(
        List.of(Kind.CHANGED, Kind.ADDED),
        preview.rows().stream().map(ListImportPreview.Row::kind).toList());
    assertEquals(
        List.of(
            new FieldChange("Declared on", "2024-03-01", "2024-03-02"),
            new FieldChange("Declaration document", "", "/documents/acme")),
        preview.rows().get(0).changes());
    assertEquals("Acme — LwM2M (non-member)", preview.rows().get(1).label());
    assertEquals(
        "/omaspecworks/about/ipr/non-member-declarations/acme-lwm2m",
        ListFormat.IPR_DECLARATION.pathFor(preview.rows().get(1).values()),
        "below its list's page");
  }
}

package org.specworks.cms.it.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.lists.ContentLists;
import org.specworks.cms.lists.ListCsv;
import org.specworks.cms.lists.ListEntry;
import org.specworks.cms.lists.ListImportService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * The list screen's rules, decided in the core: a row saved with a blank declarant is a problem of
 * that field (nothing saved), the IPR declarations filter by list, and an oversized CSV upload is
 * refused before a preview.
 */
@CmsIntegrationTest
class ListRowsIT {

  @Inject private ContentLists lists;
  @Inject private ListImportService imports;
  @Inject private ContentService content;

  @Test
  void aRowSavedWithABlankDeclarantIsRefusedBesideItAndNothingIsSaved() {
    ListEntry mark = entryAt(declare("member"));

    ContentValidationException refused =
        assertThrows(
            ContentValidationException.class,
            () ->
                lists.saveRow(
                    EDITOR,
                    mark,
                    new ContentInput("  ", "", "", mark.fields()),
                    "edited in the list"));

    assertEquals("Declarant is required.", refused.violations().get(ContentSchema.TITLE));
    assertEquals(
        mark.revisionId(),
        ListEntry.of(content.requireByPath(ContentPath.of(mark.path()))).revisionId(),
        "no new revision");
  }

  @Test
  void aRowSavedWithValidValuesIsANewRevisionOnTopOfTheOneShown() {
    ListEntry mark = entryAt(declare("non-member"));

    int number =
        lists
            .saveRow(
                EDITOR,
                mark,
                new ContentInput(mark.title() + " (row)", "", "", mark.fields()),
                "edited in the list")
            .number();

    assertEquals(mark.revisionNumber() + 1, number);
  }

  @Test
  void theDeclarationsFilterKeepsOnlyTheChosenList() {
    String member = declare("member");
    String nonMember = declare("non-member");

    List<String> members =
        lists.entries(ContentType.IPR_DECLARATION, "member").stream().map(ListEntry::path).toList();
    List<String> all =
        lists.entries(ContentType.IPR_DECLARATION, "").stream().map(ListEntry::path).toList();

    assertTrue(members.contains(member), members.toString());
    assertFalse(members.contains(nonMember), members.toString());
    assertTrue(all.containsAll(List.of(member, nonMember)), "no list chosen: every declaration");
  }

  @Test
  void anUploadOverTheCsvLimitIsRefusedBeforeAnyPreview() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                imports.preview(
                    EDITOR,
                    ContentType.TRADEMARK,
                    "big.csv",
                    new ByteArrayInputStream(new byte[ListCsv.MAX_BYTES + 1])));

    assertTrue(
        refused.getMessage().startsWith("The file is larger than 256 KB"), refused.getMessage());
  }

  private ListEntry entryAt(String path) {
    return lists.entries(ContentType.IPR_DECLARATION).stream()
        .filter(e -> e.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private String declare(String list) {
    ContentPath path = Staff.freshPath("declaration");
    content.create(
        EDITOR,
        ContentType.IPR_DECLARATION,
        path,
        new RevisionContent(
            "Acme " + list,
            "",
            "",
            Map.of("list", list, "specification", "LwM2M 1.2", "declaredOn", "2024-03-01")),
        "");
    return path.value();
  }
}

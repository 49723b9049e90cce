package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.TypedForm;
import org.specworks.cms.content.WorkingCopy;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Autosave keeps one working copy per editor and item, never a revision, until the editor saves.
 */
@CmsIntegrationTest
class WorkingCopyIT {

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;

  @Test
  void autosaveKeepsOneWorkingCopyPerEditorWithoutFillingHistory() {
    ContentPath path = Staff.freshPath("autosave");
    Revision first = steps.livePage(path, "Saved text.");
    long revisionsBefore = content.totals().revisions();

    content.keepWorkingCopy(
        EDITOR, path, first.id(), new TypedForm("Test page", "", "Half-typed", Map.of(), ""));
    content.keepWorkingCopy(
        EDITOR,
        path,
        first.id(),
        new TypedForm("", "", "Half-typed sentence, more of it", Map.of(), ""));
    content.keepWorkingCopy(
        OTHER_EDITOR,
        path,
        first.id(),
        new TypedForm("Test page", "", "Otto's own attempt", Map.of(), ""));

    assertEquals(revisionsBefore, content.totals().revisions(), "autosave makes no revision");
    assertEquals(1, content.history(path).size());
    WorkingCopy mine = content.workingCopy(EDITOR, path).orElseThrow();
    assertEquals(
        "Half-typed sentence, more of it",
        mine.body(),
        "the newest autosave replaced the older one");
    assertEquals("", mine.title(), "a working copy keeps even a blank title: it is not a revision");
    assertEquals(
        "Otto's own attempt", content.workingCopy(OTHER_EDITOR, path).orElseThrow().body());

    content.save(
        EDITOR, path, first.id(), EditorialSteps.page("Half-typed sentence, finished."), "done");
    assertTrue(
        content.workingCopy(EDITOR, path).isEmpty(), "saving a revision ends the working copy");
    assertTrue(content.workingCopy(OTHER_EDITOR, path).isPresent(), "someone else's stays");

    content.discardWorkingCopy(OTHER_EDITOR, path);
    assertTrue(content.workingCopy(OTHER_EDITOR, path).isEmpty());
  }

  @Test
  void aWorkingCopyKeepsTheWholeFormChangeNoteIncluded() {
    ContentPath path = Staff.freshPath("autosave-note");
    Revision first = steps.livePage(path, "Saved text.");
    TypedForm typed =
        new TypedForm("Test page", "", "Saved text.", Map.of(), "Effective from December");

    content.keepWorkingCopy(EDITOR, path, first.id(), typed);

    WorkingCopy kept = content.workingCopy(EDITOR, path).orElseThrow();
    assertEquals(typed, kept.form(), "restoring gives back exactly the form");
    assertEquals("Effective from December", kept.changeNote());
    assertTrue(
        !kept.matches(first.content()),
        "a typed change note alone is unsaved work: the copy is offered back");
  }

  @Test
  void onlyEditorsKeepWorkingCopies() {
    ContentPath path = Staff.freshPath("autosave-roles");
    Revision first = steps.livePage(path, "Saved text.");
    assertThrows(
        PermissionDeniedException.class,
        () ->
            content.keepWorkingCopy(
                REVIEWER, path, first.id(), new TypedForm("T", "", "x", Map.of(), "")));
    assertTrue(content.workingCopy(REVIEWER, path).isEmpty());
  }
}

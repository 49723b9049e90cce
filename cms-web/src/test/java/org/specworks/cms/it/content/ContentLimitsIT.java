package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Values longer than the database can hold are refused before the write, saying which value is too
 * long; the write used to fail and the save reported it as someone else's change.
 */
@CmsIntegrationTest
class ContentLimitsIT {

  @Inject private ContentService content;

  @Test
  void aBodyOverAMillionCharactersIsRefusedAsTooLongAndNothingIsStored() {
    ContentPath path = Staff.freshPath("page");
    long base =
        content
            .create(Staff.EDITOR, ContentType.PAGE, path, page("short"), "created")
            .latestRevision()
            .orElseThrow()
            .id();

    ContentValidationException tooLong =
        assertThrows(
            ContentValidationException.class,
            () -> content.save(Staff.EDITOR, path, base, page("x".repeat(1_000_001)), ""));
    assertTrue(
        tooLong.violations().get("body").contains("at most 1,000,000 characters"),
        tooLong.violations().toString());

    InvalidInputException longNote =
        assertThrows(
            InvalidInputException.class,
            () -> content.save(Staff.EDITOR, path, base, page("longer"), "n".repeat(1_001)));
    assertTrue(longNote.getMessage().contains("change note"), longNote.getMessage());

    assertEquals(1, content.history(path).size(), "nothing was stored");
    content.save(Staff.EDITOR, path, base, page("y".repeat(1_000_000)), "n".repeat(1_000));
    assertEquals(2, content.history(path).size(), "the longest allowed values are stored");
  }

  private static RevisionContent page(String body) {
    return new RevisionContent("Limits", "", body, Map.of());
  }
}

package org.specworks.cms.it.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.Revision;
import org.specworks.cms.it.Staff;
import org.specworks.cms.seed.MarkdownImport;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;

/** Any Markdown file with front matter becomes a page draft, never a publication. */
@CmsIntegrationTest
class MarkdownImportIT {

  @Inject private MarkdownImport markdownImport;
  @Inject private ContentService content;

  @Test
  void importsANewPageAsADraftAndAnExistingOneAsANewRevision() {
    ContentPath path = Staff.freshPath("imported");

    Revision first =
        markdownImport.importAsDraft(
            EDITOR,
            path,
            "---\ntitle: Collaborate\ndescription: Work with us\n---\n## Join a working group\n",
            null);
    Revision second =
        markdownImport.importAsDraft(
            EDITOR,
            path,
            "---\ntitle: Collaborate\n---\n## Join a working group\nToday.\n",
            "second export");

    assertEquals(1, first.number());
    assertEquals("Work with us", first.content().description());
    assertEquals(2, second.number());
    assertEquals("second export", second.changeNote());
    assertEquals(PublicationStatus.NEVER_PUBLISHED, content.requireByPath(path).status());
  }

  @Test
  void refusesFilesWithoutTitleOrWithBrokenFrontMatter() {
    ContentPath path = Staff.freshPath("imported");

    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () ->
                    markdownImport.importAsDraft(
                        EDITOR, path, "---\ndescription: x\n---\nbody", null))
            .getMessage()
            .contains("needs a title"));
    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () ->
                    markdownImport.importAsDraft(
                        EDITOR, path, "---\ntitle: x\nbody without end", null))
            .getMessage()
            .contains("front matter"));
    assertTrue(content.findByPath(path).isEmpty());
  }
}

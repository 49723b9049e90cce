package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.it.Staff;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Creating an item from what the new-item form sends: the core names the real problem of each field
 * (a path that is no path, one that lacks the new item's name, one that is taken, a missing title
 * or answer), all at once, and stores nothing until there is none.
 */
@CmsIntegrationTest
class NewItemIT {

  private static final String FAQ = "/omaspecworks/about/omaspecworks-faq";

  @Inject private ContentService content;

  private static ContentInput faqEntry(String question, String answer) {
    return new ContentInput(question, null, answer, Map.of("position", "50"));
  }

  @Test
  void theOfferedParentLeftAsItIsAndABlankQuestionAreEachReportedBesideTheirField() {
    long before = content.pathsOf(ContentType.FAQ_ENTRY).size();

    ContentValidationException refused =
        assertThrows(
            ContentValidationException.class,
            () -> content.create(EDITOR, ContentType.FAQ_ENTRY, FAQ + "/", faqEntry(" ", ""), ""));

    Map<String, String> problems = refused.violations();
    assertTrue(
        problems.get(ContentPath.FIELD).contains("add a name for the new item"),
        problems.toString());
    assertEquals("Question is required.", problems.get(ContentSchema.TITLE));
    assertEquals("Answer is required.", problems.get(ContentSchema.BODY));
    assertEquals(before, content.pathsOf(ContentType.FAQ_ENTRY).size(), "nothing stored");
  }

  @Test
  void aPathThatIsNoPathIsNotCalledTaken() {
    ContentValidationException refused =
        assertThrows(
            ContentValidationException.class,
            () ->
                content.create(
                    EDITOR, ContentType.FAQ_ENTRY, FAQ + "/how to join", faqEntry("Q?", "A."), ""));

    assertTrue(
        refused
            .violations()
            .get(ContentPath.FIELD)
            .startsWith("Not a valid path: use lower-case letters"),
        refused.violations().toString());
    assertEquals(1, refused.violations().size(), "the rest was fine: " + refused.violations());
  }

  @Test
  void aTakenPathIsReportedAsTakenBesideThePath() {
    String path = Staff.freshPath("new-item").value();
    ContentItem created =
        content.create(EDITOR, ContentType.FAQ_ENTRY, " " + path + " ", faqEntry("Q?", "A."), "");
    assertEquals(path, created.path().value());

    ContentValidationException taken =
        assertThrows(
            ContentValidationException.class,
            () ->
                content.create(
                    EDITOR, ContentType.FAQ_ENTRY, path, faqEntry("Other?", "Other."), ""));
    assertEquals(
        "Content already exists at " + path + ".", taken.violations().get(ContentPath.FIELD));
  }
}

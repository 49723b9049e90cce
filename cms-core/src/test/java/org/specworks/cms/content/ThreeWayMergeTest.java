package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  private static final String BASE =
      "OMA SpeckWorks is the home of the specifications.\n\nMembers meet four times a year.\n";

  @Test
  void takesAFixFromOneSideAndANewParagraphFromTheOther() {
    String hotfix = BASE.replace("SpeckWorks", "SpecWorks");
    String draft = BASE + "\nA new paragraph about the Collaborate page.\n";

    ThreeWayMerge.TextMerge merge = ThreeWayMerge.text("body", BASE, draft, hotfix);

    assertTrue(merge.isClean());
    assertEquals(
        "OMA SpecWorks is the home of the specifications.\n\nMembers meet four times a year.\n"
            + "\nA new paragraph about the Collaborate page.\n",
        merge.merged());
  }

  @Test
  void editsOfDifferentWordsInOneSentenceBothSurvive() {
    String ours = BASE.replace("four times", "five times");
    String theirs = BASE.replace("SpeckWorks", "SpecWorks");

    ThreeWayMerge.TextMerge merge = ThreeWayMerge.text("body", BASE, ours, theirs);

    assertEquals(
        BASE.replace("four times", "five times").replace("SpeckWorks", "SpecWorks"),
        merge.merged());
  }

  @Test
  void theSameFixOnBothSidesIsTakenOnce() {
    String fixed = BASE.replace("SpeckWorks", "SpecWorks");
    String ours = fixed.replace("four", "six");

    ThreeWayMerge.TextMerge merge = ThreeWayMerge.text("body", BASE, ours, fixed);

    assertTrue(merge.isClean());
    assertEquals(ours, merge.merged());
  }

  @Test
  void differentChangesOfTheSameWordConflictAndKeepAllThreeTexts() {
    String ours = BASE.replace("SpeckWorks", "Spec Works");
    String theirs = BASE.replace("SpeckWorks", "SpecWorks");

    ThreeWayMerge.TextMerge merge = ThreeWayMerge.text("body", BASE, ours, theirs);

    assertFalse(merge.isClean());
    assertEquals(1, merge.conflicts().size());
    ThreeWayMerge.Conflict conflict = merge.conflicts().get(0);
    assertEquals("SpeckWorks", conflict.base());
    assertEquals(
        "Spec",
        conflict.ours(),
        "the word-level diff of ours replaces the word, then inserts \"Works \"");
    assertEquals("SpecWorks", conflict.theirs());
    assertEquals(ours, merge.merged(), "on conflict nothing is guessed: our text stays as it was");
  }

  @Test
  void mergesEveryPartOfTheContent() {
    RevisionContent base = new RevisionContent("About", "Short", BASE, Map.of("position", "1"));
    RevisionContent ours =
        new RevisionContent("About us", "Short", BASE + "More.\n", Map.of("position", "1"));
    RevisionContent theirs =
        new RevisionContent(
            "About", "Short", BASE.replace("SpeckWorks", "SpecWorks"), Map.of("position", "2"));

    ThreeWayMerge.ContentMerge merge = ThreeWayMerge.of(base, ours, theirs);

    assertTrue(merge.isClean());
    RevisionContent merged = merge.content();
    assertEquals("About us", merged.title());
    assertEquals(BASE.replace("SpeckWorks", "SpecWorks") + "More.\n", merged.body());
    assertEquals("2", merged.field("position"));
  }
}

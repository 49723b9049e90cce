package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.WordDiff.Kind;
import org.specworks.cms.content.WordDiff.Segment;

class WordDiffTest {

  @Test
  void marksReplacedWordsAndKeepsTheRest() {
    assertEquals(
        List.of(
            new Segment(Kind.SAME, "About OMA "),
            new Segment(Kind.REMOVED, "SpeckWorks"),
            new Segment(Kind.ADDED, "SpecWorks")),
        WordDiff.between("About OMA SpeckWorks", "About OMA SpecWorks"));
  }

  @Test
  void showsInsertionsAndDeletionsInPlace() {
    assertEquals(
        List.of(
            new Segment(Kind.SAME, "All "),
            new Segment(Kind.ADDED, "OMA "),
            new Segment(Kind.SAME, "members operate"),
            new Segment(Kind.REMOVED, " today"),
            new Segment(Kind.SAME, ".")),
        WordDiff.between("All members operate today.", "All OMA members operate."));
  }

  @Test
  void identicalTextsAreOneUnchangedSegmentAndEmptyIsNothing() {
    assertEquals(
        List.of(new Segment(Kind.SAME, "same text")), WordDiff.between("same text", "same text"));
    assertEquals(List.of(), WordDiff.between("", ""));
    assertEquals(List.of(new Segment(Kind.ADDED, "new")), WordDiff.between("", "new"));
  }
}

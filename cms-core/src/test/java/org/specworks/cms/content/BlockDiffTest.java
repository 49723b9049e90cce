package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.BlockDiff.Change;
import org.specworks.cms.content.BlockDiff.Context;
import org.specworks.cms.content.BlockDiff.Folded;
import org.specworks.cms.content.WordDiff.Kind;
import org.specworks.cms.content.WordDiff.Segment;

class BlockDiffTest {

  /** Paragraphs "Paragraph 1." to "Paragraph n.", blank lines between. */
  private static String paragraphs(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> "Paragraph " + i + ".")
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  void aOneWordChangeInALongTextShowsOneBlockWithItsNeighboursAndFoldsTheRest() {
    String before = paragraphs(20);
    String after = before.replace("Paragraph 10.", "Paragraph ten.");

    BlockDiff diff = BlockDiff.between(before, after);

    assertEquals(1, diff.changeCount());
    assertEquals(
        List.of(
            new Folded(blocks(1, 8)),
            new Context("Paragraph 9."),
            new Change(
                1,
                List.of("Paragraph 10."),
                List.of("Paragraph ten."),
                List.of(
                    new Segment(Kind.SAME, "Paragraph "),
                    new Segment(Kind.REMOVED, "10"),
                    new Segment(Kind.ADDED, "ten"),
                    new Segment(Kind.SAME, "."))),
            new Context("Paragraph 11."),
            new Folded(blocks(12, 20))),
        diff.parts());
    assertEquals(9, ((Folded) diff.parts().get(4)).count());
  }

  @Test
  void changesAreNumberedDownThePageAndTheStretchBetweenThemIsFolded() {
    String before = paragraphs(12);
    String after =
        before.replace("Paragraph 2.", "Paragraph two.").replace("Paragraph 11.", "Eleven.");

    BlockDiff diff = BlockDiff.between(before, after);

    assertEquals(2, diff.changeCount());
    List<Integer> numbers =
        diff.parts().stream()
            .filter(Change.class::isInstance)
            .map(part -> ((Change) part).number())
            .toList();
    assertEquals(List.of(1, 2), numbers);
    // 1 | change 2 | 3 | fold 4..9 | 10 | change 11 | 12
    assertEquals(new Folded(blocks(4, 9)), diff.parts().get(3));
    assertEquals(7, diff.parts().size());
  }

  @Test
  void aSingleUnchangedBlockBetweenContextsIsShownNotFolded() {
    String before = paragraphs(5);
    String after =
        before.replace("Paragraph 1.", "Paragraph one.").replace("Paragraph 5.", "Five.");

    BlockDiff diff = BlockDiff.between(before, after);

    assertTrue(diff.parts().stream().noneMatch(Folded.class::isInstance), diff.toString());
    assertEquals(5, diff.parts().size());
  }

  @Test
  void insertedAndDeletedParagraphsAreChangesWithOneEmptySide() {
    BlockDiff added = BlockDiff.between("One.\n\nTwo.", "One.\n\nNew.\n\nTwo.");
    BlockDiff removed = BlockDiff.between("One.\n\nOld.\n\nTwo.", "One.\n\nTwo.");

    assertEquals(
        new Change(1, List.of(), List.of("New."), List.of(new Segment(Kind.ADDED, "New."))),
        added.parts().get(1));
    assertEquals(
        new Change(1, List.of("Old."), List.of(), List.of(new Segment(Kind.REMOVED, "Old."))),
        removed.parts().get(1));
  }

  @Test
  void moreContextShowsMoreNeighbours() {
    String before = paragraphs(20);
    String after = before.replace("Paragraph 10.", "Paragraph ten.");

    BlockDiff diff = BlockDiff.between(before, after, 3);

    assertEquals(new Folded(blocks(1, 6)), diff.parts().get(0));
    assertEquals(new Context("Paragraph 7."), diff.parts().get(1));
  }

  @Test
  void blocksAreSplitAtBlankLinesAndKeepTheirIndentation() {
    assertEquals(
        List.of("# Title", "    code line\n    more code", "- a\n- b"),
        BlockDiff.blocks("\n\n# Title\n\n  \n    code line\n    more code\r\n\r\n- a\n- b  \n"));
  }

  @Test
  void anEmptyFieldThatGetsTextIsOneChange() {
    BlockDiff diff = BlockDiff.between("", "Now there is text.");

    assertEquals(1, diff.changeCount());
    assertEquals(1, diff.parts().size());
  }

  private static List<String> blocks(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(i -> "Paragraph " + i + ".").toList();
  }
}

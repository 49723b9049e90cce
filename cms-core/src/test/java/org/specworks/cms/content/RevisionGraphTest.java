package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specworks.cms.content.RevisionGraph.Link;

class RevisionGraphTest {

  /**
   * 1 went live; 2 is the draft on top of it; 3 is a hotfix of 1; 4 is the draft's merge that took
   * 3 in; 5 edits the merge; 6 is a second hotfix, branched from 3, that nobody merged.
   */
  private static final RevisionGraph HISTORY =
      new RevisionGraph(
          List.of(
              new Link(1, null, null),
              new Link(2, 1L, null),
              new Link(3, 1L, null),
              new Link(4, 2L, 3L),
              new Link(5, 4L, null),
              new Link(6, 3L, null)));

  static Stream<Arguments> containment() {
    return Stream.of(
        // descendant, ancestor, whether the descendant already holds the ancestor's change
        Arguments.of(1, 1, true),
        Arguments.of(2, 1, true),
        Arguments.of(5, 1, true),
        Arguments.of(1, 2, false),
        Arguments.of(2, 3, false),
        Arguments.of(3, 2, false),
        Arguments.of(4, 3, true),
        Arguments.of(5, 3, true),
        Arguments.of(5, 2, true),
        Arguments.of(6, 3, true),
        Arguments.of(6, 1, true),
        Arguments.of(6, 2, false),
        Arguments.of(5, 6, false),
        Arguments.of(99, 1, false),
        Arguments.of(1, 99, false));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @MethodSource("containment")
  void knowsWhichRevisionsAlreadyHoldAnotherOnesChange(
      long descendant, long ancestor, boolean expected) {
    assertEquals(expected, HISTORY.contains(descendant, ancestor));
  }

  @Test
  void aDraftLacksAHotfixUntilAMergeTakesItInThroughTheMergedLinkNotTheBase() {
    RevisionGraph withoutMerge =
        new RevisionGraph(
            List.of(
                new Link(1, null, null),
                new Link(2, 1L, null),
                new Link(3, 1L, null),
                new Link(4, 2L, null)));
    RevisionGraph withMerge =
        new RevisionGraph(
            List.of(
                new Link(1, null, null),
                new Link(2, 1L, null),
                new Link(3, 1L, null),
                new Link(4, 2L, 3L)));

    assertFalse(
        withoutMerge.contains(4, 3), "an ordinary edit on the draft line does not hold the fix");
    assertTrue(withMerge.contains(4, 3));
  }

  @Test
  void anEmptyGraphStillKnowsThatARevisionContainsItself() {
    RevisionGraph empty = new RevisionGraph(List.of());

    assertTrue(empty.contains(7, 7));
    assertFalse(empty.contains(7, 8));
  }

  // Links come from database rows; a corrupt row pointing back must end the walk rather than hang a
  // request. The
  // separate thread lets the timeout fail the test even if the walk never returns.
  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void endsItsWalkOnACycleInCorruptLinks() {
    RevisionGraph cyclic =
        new RevisionGraph(
            List.of(new Link(1, 2L, null), new Link(2, 3L, 1L), new Link(3, 1L, null)));

    assertFalse(cyclic.contains(1, 4));
    assertTrue(cyclic.contains(1, 3));
  }
}

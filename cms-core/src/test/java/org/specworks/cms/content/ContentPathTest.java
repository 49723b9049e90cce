package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/omaspecworks/about", " /OMASpecWorks/About/ ", "/omaspecworks/about//"})
  void normalisesWhatAReaderMightType(String raw) {
    assertEquals("/omaspecworks/about", ContentPath.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "about", "/about us", "/a/../b", "/a_b", "/-a", "/a-", "/ä"})
  void refusesWhatCannotBeAPublicPath(String raw) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ContentPath.of(raw));
    assertEquals(true, error.getMessage().contains("content path"), error.getMessage());
  }

  @Test
  void theParentIsOneSegmentUpAndATopLevelPathHasNone() {
    assertEquals(
        Optional.of(ContentPath.of("/omaspecworks")),
        ContentPath.of("/omaspecworks/about").parent());
    assertEquals(Optional.empty(), ContentPath.of("/omaspecworks").parent());
  }

  @Test
  void theUsualParentIsTheOneMostPathsShare() {
    List<String> pages =
        List.of(
            "/omaspecworks/about",
            "/omaspecworks/about/ipr",
            "/omaspecworks/about/collaborate",
            "/omaspecworks/about/omaspecworks-faq");
    assertEquals(
        Optional.of(ContentPath.of("/omaspecworks/about")), ContentPath.usualParentOf(pages));
    assertEquals(
        Optional.of(ContentPath.of("/a")),
        ContentPath.usualParentOf(List.of("/b/x", "/a/y")),
        "a tie goes to the alphabetically first of equal length");
    assertEquals(
        Optional.of(ContentPath.of("/a")),
        ContentPath.usualParentOf(List.of("/a/b/x", "/a/y")),
        "and, before that, to the shorter");
    assertEquals(
        Optional.empty(),
        ContentPath.usualParentOf(List.of("/top")),
        "top-level paths have no parent");
    assertEquals(Optional.empty(), ContentPath.usualParentOf(List.of()));
  }

  @Test
  void aNewItemsPathSaysWhatIsWrongWithItInWordsAnEditorCanActOn() {
    assertEquals(
        Optional.empty(),
        ContentPath.problemWithNewPath(" /omaspecworks/about/omaspecworks-faq/how-to-join "));
    assertTrue(ContentPath.problemWithNewPath("  ").orElseThrow().startsWith("A path is required"));
    assertTrue(ContentPath.problemWithNewPath(null).orElseThrow().startsWith("A path is required"));
    assertTrue(
        ContentPath.problemWithNewPath("/omaspecworks/about/omaspecworks-faq/")
            .orElseThrow()
            .contains("add a name for the new item after the last slash"),
        "the offered parent, left as it is, names no new item even though it would parse as the parent");
    String badSyntax =
        ContentPath.problemWithNewPath("/omaspecworks/about/how_to join").orElseThrow();
    assertTrue(badSyntax.startsWith("Not a valid path: use lower-case letters"), badSyntax);
  }

  @Test
  void thousandsOfSegmentsAreRefusedWithoutExhaustingTheStack() {
    String huge = "/seg".repeat(4_000);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ContentPath.of(huge));
    assertTrue(error.getMessage().length() < 400, "the message does not repeat the whole input");
    assertEquals(Optional.empty(), ContentPath.parse(huge));
    assertEquals(Optional.empty(), ContentPath.parse("/a".repeat(100_000) + "/"));
  }

  @Test
  void pathsAreBoundedInSegmentsAndLength() {
    int maxSegments = 32; // ContentPath.MAX_SEGMENTS
    int maxLength = 400; // ContentPath.MAX_LENGTH, the database columns' width
    assertEquals(maxSegments * 2, ContentPath.of("/a".repeat(maxSegments)).value().length());
    assertThrows(
        IllegalArgumentException.class, () -> ContentPath.of("/a".repeat(maxSegments + 1)));
    String longest = "/" + "a".repeat(maxLength - 1);
    assertEquals(longest, ContentPath.of(longest).value());
    assertThrows(IllegalArgumentException.class, () -> ContentPath.of(longest + "a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a--b", "/a//b", "/a-/b", "/a/-b", "//a", "/a/b-", "-/a", "a/b"})
  void theSegmentRulesAreTheOldPatterns(String raw) {
    assertEquals(Optional.empty(), ContentPath.parse(raw));
  }
}

package org.specworks.cms.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSearchTest {

  private static final char S = SearchHit.MARK_START;
  private static final char E = SearchHit.MARK_END;

  @Test
  void queriesLoseControlCharactersExtraSpaceAndExcessLength() {
    assertEquals("", SiteSearch.normalise(null));
    assertEquals("essential ipr", SiteSearch.normalise("  essential\u0000\t  ipr \n"));
    assertEquals(SiteSearch.MAX_QUERY, SiteSearch.normalise("x".repeat(500)).length());
  }

  @Test
  void snippetsMarkEveryTermAroundTheFirstMatch() {
    String text = "Members inform the alliance of Essential IPR.\n\nThe IPR lists are public.";
    assertEquals(
        "Members inform the alliance of "
            + S
            + "Essential"
            + E
            + " "
            + S
            + "IPR"
            + E
            + ". The "
            + S
            + "IPR"
            + E
            + " lists are public.",
        SiteSearch.snippet(text, List.of("essential", "ipr")));
  }

  @Test
  void longTextsAreCutAroundTheMatch() {
    String text = "lorem ".repeat(100) + "needle " + "ipsum ".repeat(100);
    String snippet = SiteSearch.snippet(text, List.of("needle"));
    assertEquals(
        true,
        snippet.startsWith("… ") && snippet.endsWith(" …") && snippet.contains(S + "needle" + E));
  }

  @Test
  void snippetsAreCutBetweenWords() {
    String text = "lorem ".repeat(100) + "needle " + "ipsum ".repeat(100);
    String snippet = SiteSearch.snippet(text, List.of("needle"));
    String inner = snippet.substring(2, snippet.length() - 2).replace(S + "needle" + E, "needle");
    for (String word : inner.split(" ")) {
      assertEquals(
          true, List.of("lorem", "ipsum", "needle").contains(word), "'" + word + "' in " + snippet);
    }
  }

  @Test
  void lettersWhoseLowerCaseIsLongerDoNotShiftTheMarks() {
    // "İ".toLowerCase() is two characters: positions in the lower-cased text ran past the original.
    String text = "İ".repeat(200) + " İstanbul needle here";
    String snippet = SiteSearch.snippet(text, List.of("needle"));
    assertEquals("… İstanbul " + S + "needle" + E + " here", snippet);
  }
}

package org.specworks.cms.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.specworks.cms.content.BlockDiff;

class RenderedDiffTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void rendersTheChangedBlocksAsReadersSeeThemAndFoldsTheRest() {
    String before = "# Title\n\nOne.\n\nTwo.\n\nThree **old**.\n\nFour.";
    String after = "# Title\n\nOne.\n\nTwo.\n\nThree **new**.\n\nFour.";

    RenderedDiff rendered = RenderedDiff.of(BlockDiff.between(before, after), renderer);

    assertEquals(
        new RenderedDiff.Folded(2, "<h1 id=\"title\">Title</h1>\n<p>One.</p>\n"),
        rendered.parts().get(0));
    assertEquals(new RenderedDiff.Shown("<p>Two.</p>\n"), rendered.parts().get(1));
    assertEquals(
        new RenderedDiff.Changed(
            1, "<p>Three <strong>old</strong>.</p>\n", "<p>Three <strong>new</strong>.</p>\n"),
        rendered.parts().get(2));
  }

  @Test
  void anAddedScriptIsSanitisedAway() {
    RenderedDiff rendered =
        RenderedDiff.of(
            BlockDiff.between("Safe.", "Safe.\n\n<script>alert(1)</script><b>bold</b>"), renderer);

    RenderedDiff.Changed change = (RenderedDiff.Changed) rendered.parts().get(1);
    assertFalse(change.addedHtml().contains("script"), change.addedHtml());
    assertTrue(change.addedHtml().contains("<b>bold</b>"), change.addedHtml());
    assertEquals("", change.removedHtml());
  }
}

package org.specworks.cms.rendering;

import java.util.List;
import org.specworks.cms.content.BlockDiff;

/**
 * A {@link BlockDiff} of Markdown as readers will see it: every block rendered (and sanitised) by
 * {@link MarkdownRenderer}, a change as the blocks it removed and the blocks it added. Blocks are
 * rendered one run at a time, so a list split by a blank line shows as two lists: close enough to
 * judge a change, and it keeps each marked change in one place.
 *
 * @param parts from top to bottom, as in the {@link BlockDiff}
 */
public record RenderedDiff(List<Part> parts) {

  public RenderedDiff {
    parts = List.copyOf(parts);
  }

  /** One piece of the page from top to bottom; every {@code html} is sanitised. */
  public sealed interface Part permits Shown, Folded, Changed {}

  /** An unchanged block next to a change. */
  public record Shown(String html) implements Part {}

  /** Unchanged blocks a screen folds away, and how many they are. */
  public record Folded(int count, String html) implements Part {}

  /**
   * One change.
   *
   * @param number as in {@link BlockDiff.Change#number()}
   * @param removedHtml the removed blocks rendered, empty if none
   * @param addedHtml the added blocks rendered, empty if none
   */
  public record Changed(int number, String removedHtml, String addedHtml) implements Part {}

  public static RenderedDiff of(BlockDiff diff, MarkdownRenderer renderer) {
    return new RenderedDiff(diff.parts().stream().map(part -> rendered(part, renderer)).toList());
  }

  private static Part rendered(BlockDiff.Part part, MarkdownRenderer renderer) {
    if (part instanceof BlockDiff.Change change) {
      return new Changed(
          change.number(), html(change.removed(), renderer), html(change.added(), renderer));
    }
    if (part instanceof BlockDiff.Folded folded) {
      return new Folded(folded.count(), html(folded.blocks(), renderer));
    }
    return new Shown(html(List.of(((BlockDiff.Context) part).text()), renderer));
  }

  private static String html(List<String> blocks, MarkdownRenderer renderer) {
    return blocks.isEmpty() ? "" : renderer.render(String.join("\n\n", blocks)).html();
  }
}

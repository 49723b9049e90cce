package org.specworks.cms.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The changes of one text shown as a reviewer reads them: only the blocks (Markdown paragraphs,
 * headings, list items separated by blank lines) that changed, each with a few unchanged blocks
 * around it as context, and the long unchanged stretches between them folded into one count. A
 * one-word fix in a long page is then a few lines, not the whole document.
 *
 * <p>Changes are numbered from 1 in document order, so a screen can link from one to the next.
 *
 * @param parts the text from top to bottom: context, folded stretches and changes
 * @param changeCount how many {@link Change}s the parts hold
 */
public record BlockDiff(List<Part> parts, int changeCount) {

  /** Unchanged blocks shown around each change: enough to place it, little enough to stay short. */
  public static final int CONTEXT_BLOCKS = 1;

  private static final Pattern BLANK_LINES = Pattern.compile("\\R(?:[ \\t]*\\R)+");
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\R)+");

  public BlockDiff {
    parts = List.copyOf(parts);
  }

  /** One piece of the text from top to bottom. */
  public sealed interface Part permits Context, Folded, Change {}

  /** An unchanged block shown next to a change. */
  public record Context(String text) implements Part {}

  /** Unchanged blocks not shown by default; a screen says how many and may unfold them. */
  public record Folded(List<String> blocks) implements Part {
    public Folded {
      blocks = List.copyOf(blocks);
    }

    public int count() {
      return blocks.size();
    }
  }

  /**
   * One run of changed blocks.
   *
   * @param number 1 for the first change in the text, counting down the page
   * @param removed the blocks as they were (empty for a pure insertion)
   * @param added the blocks as they are now (empty for a pure deletion)
   * @param words the word-level changes of the whole run
   */
  public record Change(
      int number, List<String> removed, List<String> added, List<WordDiff.Segment> words)
      implements Part {
    public Change {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
      words = List.copyOf(words);
    }
  }

  public boolean isEmpty() {
    return changeCount == 0;
  }

  /** The changes from {@code before} to {@code after} with {@link #CONTEXT_BLOCKS} of context. */
  public static BlockDiff between(String before, String after) {
    return between(before, after, CONTEXT_BLOCKS);
  }

  /** The changes from {@code before} to {@code after} with {@code context} blocks around each. */
  public static BlockDiff between(String before, String after, int context) {
    List<String> from = blocks(before);
    List<String> to = blocks(after);
    Patch<String> patch = DiffUtils.diff(from, to);
    List<Part> parts = new ArrayList<>();
    int position = 0;
    int number = 0;
    List<AbstractDelta<String>> deltas = patch.getDeltas();
    for (int i = 0; i < deltas.size(); i++) {
      AbstractDelta<String> delta = deltas.get(i);
      int start = delta.getSource().getPosition();
      addUnchanged(parts, from.subList(position, start), position == 0 ? 0 : context, context);
      List<String> removed = delta.getSource().getLines();
      List<String> added = delta.getTarget().getLines();
      parts.add(
          new Change(
              ++number,
              removed,
              added,
              WordDiff.between(String.join("\n\n", removed), String.join("\n\n", added))));
      position = start + removed.size();
    }
    addUnchanged(parts, from.subList(position, from.size()), number == 0 ? 0 : context, 0);
    return new BlockDiff(parts, number);
  }

  /**
   * An unchanged stretch: {@code after} blocks shown below the previous change, {@code before}
   * blocks shown above the next one, the rest folded. A fold of a single block would hide nothing
   * worth hiding, so it is shown.
   */
  private static void addUnchanged(List<Part> parts, List<String> same, int after, int before) {
    if (same.size() <= after + before + 1) {
      same.forEach(block -> parts.add(new Context(block)));
      return;
    }
    same.subList(0, after).forEach(block -> parts.add(new Context(block)));
    parts.add(new Folded(same.subList(after, same.size() - before)));
    same.subList(same.size() - before, same.size()).forEach(block -> parts.add(new Context(block)));
  }

  /**
   * The text's blocks: the runs of lines between blank lines. A block keeps its indentation (it
   * matters in Markdown), not its trailing whitespace.
   */
  static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    if (text == null) {
      return blocks;
    }
    for (String block : BLANK_LINES.split(LEADING_BLANK_LINES.matcher(text).replaceFirst(""))) {
      if (!block.isBlank()) {
        blocks.add(block.stripTrailing());
      }
    }
    return blocks;
  }
}

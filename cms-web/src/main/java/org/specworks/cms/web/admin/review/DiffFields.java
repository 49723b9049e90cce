package org.specworks.cms.web.admin.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.content.BlockDiff;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.rendering.RenderedDiff;

/**
 * Changed fields as the reader chose to see them: changed blocks only ({@link BlockDiff}) as
 * source, side by side, or as readers will see the page ({@link RenderedDiff}). The review screen
 * and the release screen both show their diffs through this, so there is one diff in the admin;
 * several groups (a release's entries) share one numbering of changes, since they share one page.
 */
public final class DiffFields {

  /** How the changes are shown: {@code inline} (source), {@code sideBySide} or {@code rendered}. */
  public static final String INLINE = "inline";

  public static final String SIDE_BY_SIDE = "sideBySide";
  public static final String RENDERED = "rendered";

  /** One changed field as the chosen view shows it. */
  public record FieldView(String label, String html) implements Serializable {}

  /**
   * Each group's fields, in order, and the links to every change for the top of the page (empty for
   * a single change).
   */
  public record Shown(List<List<FieldView>> groups, String jumps) implements Serializable {}

  private DiffFields() {}

  /** The mode asked for, or inline for anything else. */
  public static String mode(String asked) {
    return List.of(SIDE_BY_SIDE, RENDERED).contains(asked) ? asked : INLINE;
  }

  public static Shown of(
      List<List<RevisionDiff.FieldChange>> groups, String mode, MarkdownRenderer renderer) {
    // Each field's block diff is computed once: the count of changes and the HTML both need it.
    List<List<BlockDiff>> diffs =
        groups.stream()
            .map(changes -> changes.stream().map(RevisionDiff.FieldChange::blocks).toList())
            .toList();
    int total = BlockDiffHtml.totalOf(diffs.stream().flatMap(List::stream).toList());
    BlockDiffHtml html = new BlockDiffHtml(total);
    List<List<FieldView>> shown = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<FieldView> fields = new ArrayList<>();
      for (int f = 0; f < groups.get(g).size(); f++) {
        RevisionDiff.FieldChange change = groups.get(g).get(f);
        fields.add(
            new FieldView(change.label(), show(html, change, diffs.get(g).get(f), mode, renderer)));
      }
      shown.add(List.copyOf(fields));
    }
    return new Shown(List.copyOf(shown), total > 1 ? BlockDiffHtml.jumpList(total) : "");
  }

  private static String show(
      BlockDiffHtml html,
      RevisionDiff.FieldChange change,
      BlockDiff diff,
      String mode,
      MarkdownRenderer renderer) {
    if (SIDE_BY_SIDE.equals(mode)) {
      return html.sideBySide(diff);
    }
    if (RENDERED.equals(mode) && change.isMarkdown()) {
      return html.rendered(RenderedDiff.of(diff, renderer));
    }
    return html.source(diff);
  }
}

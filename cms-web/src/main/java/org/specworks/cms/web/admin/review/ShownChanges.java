package org.specworks.cms.web.admin.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.content.BlockDiff;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.rendering.RenderedDiff;

/**
 * A revision diff as the review screen shows it: each changed field's blocks ({@link BlockDiff}),
 * in the source, side by side, or rendered as readers see it ({@link RenderedDiff}), with links
 * from change to change. The review screen and the editor after a save both show diffs through this
 * one composite ({@code /WEB-INF/includes/changes.xhtml}).
 */
public final class ShownChanges implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String INLINE = "inline";
  public static final String SIDE_BY_SIDE = "sideBySide";
  public static final String RENDERED = "rendered";

  /** One changed field: its label and its diff as HTML (text escaped, rendering sanitised). */
  public record FieldView(String label, String html) implements Serializable {}

  private final List<FieldView> fields;
  private final int changeCount;

  private ShownChanges(List<FieldView> fields, int changeCount) {
    this.fields = fields;
    this.changeCount = changeCount;
  }

  /**
   * @param mode {@link #INLINE}, {@link #SIDE_BY_SIDE} or {@link #RENDERED} (Markdown fields only)
   */
  public static ShownChanges of(RevisionDiff diff, String mode, MarkdownRenderer renderer) {
    List<RevisionDiff.FieldChange> changes = diff.changes();
    List<BlockDiff> diffs = changes.stream().map(RevisionDiff.FieldChange::blocks).toList();
    int count = BlockDiffHtml.totalOf(diffs);
    BlockDiffHtml html = new BlockDiffHtml(count);
    List<FieldView> shown = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      RevisionDiff.FieldChange change = changes.get(i);
      BlockDiff blocks = diffs.get(i);
      String fieldHtml;
      if (SIDE_BY_SIDE.equals(mode)) {
        fieldHtml = html.sideBySide(blocks);
      } else if (RENDERED.equals(mode) && change.isMarkdown()) {
        fieldHtml = html.rendered(RenderedDiff.of(blocks, renderer));
      } else {
        fieldHtml = html.source(blocks);
      }
      shown.add(new FieldView(change.label(), fieldHtml));
    }
    return new ShownChanges(List.copyOf(shown), count);
  }

  public List<FieldView> getFields() {
    return fields;
  }

  /** Links to each change, for the top of the changes; empty for a single change. */
  public String getJumps() {
    return changeCount > 1 ? BlockDiffHtml.jumpList(changeCount) : "";
  }
}

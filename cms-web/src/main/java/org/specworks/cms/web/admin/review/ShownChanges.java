package org.specworks.cms.web.admin.review;

import java.io.Serializable;
import java.util.List;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.rendering.MarkdownRenderer;

/**
 * One revision diff as {@link DiffFields} shows it, for {@code /WEB-INF/includes/changes.xhtml}:
 * the editor shows what a save changed through it, the same way the review screen shows its
 * changes.
 */
public final class ShownChanges implements Serializable {

  private static final long serialVersionUID = 1L;

  private final DiffFields.Shown shown;

  private ShownChanges(DiffFields.Shown shown) {
    this.shown = shown;
  }

  /** The changes in {@code mode} ({@link DiffFields#mode}). */
  public static ShownChanges of(RevisionDiff diff, String mode, MarkdownRenderer renderer) {
    return new ShownChanges(DiffFields.of(List.of(diff.changes()), mode, renderer));
  }

  public List<DiffFields.FieldView> getFields() {
    return shown.groups().get(0);
  }

  /** Links to each change, for the top of the changes; empty for a single change. */
  public String getJumps() {
    return shown.jumps();
  }
}

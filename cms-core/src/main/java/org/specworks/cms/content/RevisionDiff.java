package org.specworks.cms.content;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What changed between two revisions of one item, field by field, with word-level changes inside
 * each changed field. "From" may be nothing (an item's first revision, or changes since live for a
 * never-published item).
 *
 * @param fromRevision the older revision's number, or 0 for "nothing"
 * @param toRevision the newer revision's number
 * @param changes only the fields that differ, title first, then description, body, and the
 *     structured fields
 */
public record RevisionDiff(int fromRevision, int toRevision, List<FieldChange> changes)
    implements Serializable {

  /** One field that differs. */
  public record FieldChange(
      String field, String label, String before, String after, List<WordDiff.Segment> words)
      implements Serializable {

    /** Only the changed blocks, with a little context ({@link BlockDiff}). */
    public BlockDiff blocks() {
      return BlockDiff.between(before, after);
    }

    /** Whether the field holds Markdown that readers see rendered (the body). */
    public boolean isMarkdown() {
      return ContentSchema.BODY.equals(field);
    }
  }

  public RevisionDiff {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public static RevisionDiff between(ContentType type, Revision from, Revision to) {
    SortedMap<String, String> before =
        from == null ? new java.util.TreeMap<>() : from.content().allParts();
    SortedMap<String, String> after = to.content().allParts();
    List<FieldChange> changes = new ArrayList<>();
    for (String field : orderedFieldNames(type, before, after)) {
      String old = before.getOrDefault(field, "");
      String now = after.getOrDefault(field, "");
      if (!old.equals(now)) {
        changes.add(
            new FieldChange(
                field, type.schema().labelOf(field), old, now, WordDiff.between(old, now)));
      }
    }
    return new RevisionDiff(from == null ? 0 : from.number(), to.number(), changes);
  }

  private static List<String> orderedFieldNames(
      ContentType type, SortedMap<String, String> before, SortedMap<String, String> after) {
    List<String> names =
        new ArrayList<>(
            List.of(ContentSchema.TITLE, ContentSchema.DESCRIPTION, ContentSchema.BODY));
    type.schema().fields().forEach(field -> names.add(field.name()));
    TreeSet<String> others = new TreeSet<>(before.keySet());
    others.addAll(after.keySet());
    others.removeAll(names);
    names.addAll(others);
    return names;
  }
}

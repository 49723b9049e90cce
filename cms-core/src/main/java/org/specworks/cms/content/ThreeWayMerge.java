package org.specworks.cms.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges two changes of one common ancestor, word by word: what only one side changed is taken from
 * that side; where both changed the same words differently, nothing is guessed and the conflict is
 * reported with all three texts. Both sides edited from {@code base}; a hotfix ("theirs") and the
 * draft that waited beside it ("ours").
 */
public final class ThreeWayMerge {

  /** Where both sides changed the same stretch of one part differently. */
  public record Conflict(String part, String base, String ours, String theirs)
      implements Serializable {}

  /** A merged text, or the conflicts that stopped it. */
  public record TextMerge(String merged, List<Conflict> conflicts) {
    public boolean isClean() {
      return conflicts.isEmpty();
    }
  }

  /**
   * The merge of every part (title, description, body, structured fields).
   *
   * @param parts the merged parts by name; where a part conflicts, it holds "ours"
   */
  public record ContentMerge(SortedMap<String, String> parts, List<Conflict> conflicts) {
    public boolean isClean() {
      return conflicts.isEmpty();
    }

    public RevisionContent content() {
      SortedMap<String, String> fields = new TreeMap<>(parts);
      String title = fields.remove(ContentSchema.TITLE);
      String description = fields.remove(ContentSchema.DESCRIPTION);
      String body = fields.remove(ContentSchema.BODY);
      return new RevisionContent(title, description, body, fields);
    }
  }

  private ThreeWayMerge() {}

  public static ContentMerge of(
      RevisionContent base, RevisionContent ours, RevisionContent theirs) {
    SortedMap<String, String> b = base.allParts();
    SortedMap<String, String> o = ours.allParts();
    SortedMap<String, String> t = theirs.allParts();
    TreeSet<String> names = new TreeSet<>(b.keySet());
    names.addAll(o.keySet());
    names.addAll(t.keySet());
    SortedMap<String, String> merged = new TreeMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (String name : names) {
      TextMerge part =
          text(name, b.getOrDefault(name, ""), o.getOrDefault(name, ""), t.getOrDefault(name, ""));
      merged.put(name, part.merged());
      conflicts.addAll(part.conflicts());
    }
    return new ContentMerge(merged, conflicts);
  }

  /** Merges one part's text; on conflict, {@code merged} is "ours" unchanged. */
  public static TextMerge text(String part, String base, String ours, String theirs) {
    if (ours.equals(theirs) || theirs.equals(base)) {
      return new TextMerge(ours, List.of());
    }
    if (ours.equals(base)) {
      return new TextMerge(theirs, List.of());
    }
    List<String> b = WordDiff.tokens(base);
    List<Edit> edits = new ArrayList<>();
    DiffUtils.diff(b, WordDiff.tokens(ours)).getDeltas().forEach(d -> edits.add(Edit.of(d, true)));
    DiffUtils.diff(b, WordDiff.tokens(theirs))
        .getDeltas()
        .forEach(d -> edits.add(Edit.of(d, false)));
    edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));

    StringBuilder merged = new StringBuilder();
    List<Conflict> conflicts = new ArrayList<>();
    int position = 0;
    int i = 0;
    while (i < edits.size()) {
      // A chunk: edits whose base ranges overlap or touch, so they cannot be applied independently.
      int start = edits.get(i).start();
      int end = edits.get(i).end();
      int j = i + 1;
      while (j < edits.size() && edits.get(j).start() <= end) {
        end = Math.max(end, edits.get(j).end());
        j++;
      }
      List<Edit> chunk = edits.subList(i, j);
      merged.append(String.join("", b.subList(position, start)));
      String oursChunk = apply(b, start, end, chunk, true);
      String theirsChunk = apply(b, start, end, chunk, false);
      boolean oursChanged = chunk.stream().anyMatch(Edit::ours);
      boolean theirsChanged = chunk.stream().anyMatch(edit -> !edit.ours());
      if (!theirsChanged || oursChunk.equals(theirsChunk)) {
        merged.append(oursChunk);
      } else if (!oursChanged) {
        merged.append(theirsChunk);
      } else {
        conflicts.add(
            new Conflict(part, String.join("", b.subList(start, end)), oursChunk, theirsChunk));
      }
      position = end;
      i = j;
    }
    merged.append(String.join("", b.subList(position, b.size())));
    return conflicts.isEmpty()
        ? new TextMerge(merged.toString(), List.of())
        : new TextMerge(ours, conflicts);
  }

  /** The base stretch [start, end) with one side's edits in it applied. */
  private static String apply(
      List<String> base, int start, int end, List<Edit> chunk, boolean ours) {
    StringBuilder text = new StringBuilder();
    int position = start;
    for (Edit edit : chunk) {
      if (edit.ours() != ours) {
        continue;
      }
      text.append(String.join("", base.subList(position, edit.start()))).append(edit.replacement());
      position = edit.end();
    }
    return text.append(String.join("", base.subList(position, end))).toString();
  }

  /** One side's replacement of the base tokens [start, end). */
  private record Edit(int start, int end, String replacement, boolean ours) {
    static Edit of(AbstractDelta<String> delta, boolean ours) {
      int start = delta.getSource().getPosition();
      return new Edit(
          start,
          start + delta.getSource().size(),
          String.join("", delta.getTarget().getLines()),
          ours);
    }
  }
}

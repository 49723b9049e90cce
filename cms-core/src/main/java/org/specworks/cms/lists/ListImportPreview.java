package org.specworks.cms.lists;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What importing a list's CSV would do, row by row, computed before anything is saved: each row of
 * the file is <em>added</em> (no such item yet), <em>changed</em> (with each field's old and new
 * value), <em>unchanged</em>, or <em>invalid</em> (with its errors, which block the whole import);
 * each listed item the file leaves out is <em>removed</em>, which only means it is reported:
 * nothing is ever deleted.
 *
 * <p>The preview remembers the latest revision of every item it was computed from ({@link
 * #basis()}), so applying it can refuse everything if the list changed meanwhile.
 */
public record ListImportPreview(
    ListFormat format,
    String fileName,
    List<String> fileErrors,
    List<Row> rows,
    SortedMap<String, Long> basis)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    ADDED("added"),
    CHANGED("changed"),
    UNCHANGED("unchanged"),
    REMOVED("removed"),
    INVALID("error");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One field whose value the import changes. */
  public record FieldChange(String label, String before, String after) implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /**
   * One row of the preview.
   *
   * @param line the line of the file; 0 for a removed item, which is not in the file
   * @param label how the row is named, e.g. "SyncML (logo)"
   * @param values the row's values by column (a removed item's current ones)
   * @param path the existing item's path; empty for an added or invalid row without a match
   * @param baseRevisionId the existing item's latest revision when the preview was made; 0 if none
   */
  public record Row(
      int line,
      Kind kind,
      String label,
      Map<String, String> values,
      String path,
      long baseRevisionId,
      List<FieldChange> changes,
      List<String> errors)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Row {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      changes = List.copyOf(changes);
      errors = List.copyOf(errors);
    }

    public String value(String column) {
      return values.getOrDefault(column, "");
    }
  }

  public ListImportPreview {
    fileErrors = List.copyOf(fileErrors);
    rows = List.copyOf(rows);
    basis = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(basis));
  }

  /**
   * Compares the file with the list as it is now ({@code current}: the list's items, latest
   * revisions).
   */
  public static ListImportPreview of(String fileName, ListCsv csv, List<ListEntry> current) {
    ListFormat format = csv.format();
    SortedMap<String, Long> basis = new TreeMap<>();
    Map<String, List<ListEntry>> unmatched = new LinkedHashMap<>();
    current.forEach(
        entry -> {
          basis.put(entry.path(), entry.revisionId());
          unmatched
              .computeIfAbsent(format.key(format.valuesOf(entry)::get), key -> new ArrayList<>())
              .add(entry);
        });

    List<Row> rows = new ArrayList<>();
    for (ListCsv.Row row : csv.rows()) {
      List<ListEntry> candidates = unmatched.getOrDefault(row.key(), List.of());
      ListEntry match =
          candidates.isEmpty() || row.value(format.titleColumn()).isEmpty()
              ? null
              : candidates.remove(0);
      String path = match == null ? "" : match.path();
      long base = match == null ? 0 : match.revisionId();
      String label = format.label(row::value);
      if (!row.valid()) {
        rows.add(
            new Row(
                row.line(),
                Kind.INVALID,
                label,
                row.values(),
                path,
                base,
                List.of(),
                row.errors()));
      } else if (match == null) {
        rows.add(new Row(row.line(), Kind.ADDED, label, row.values(), "", 0, List.of(), List.of()));
      } else {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> matched = format.valuesOf(match);
        for (String column : format.columns()) {
          String before = matched.get(column);
          if (!before.equals(row.value(column))) {
            changes.add(new FieldChange(format.labelOf(column), before, row.value(column)));
          }
        }
        rows.add(
            new Row(
                row.line(),
                changes.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED,
                label,
                row.values(),
                path,
                base,
                changes,
                List.of()));
      }
    }
    if (csv.fileErrors().isEmpty()) {
      unmatched.values().stream()
          .flatMap(List::stream)
          .forEach(
              entry -> {
                Map<String, String> values = format.valuesOf(entry);
                rows.add(
                    new Row(
                        0,
                        Kind.REMOVED,
                        format.label(values::get),
                        values,
                        entry.path(),
                        entry.revisionId(),
                        List.of(),
                        List.of()));
              });
    }
    return new ListImportPreview(format, fileName, csv.fileErrors(), rows, basis);
  }

  public List<Row> rowsOf(Kind kind) {
    return rows.stream().filter(row -> row.kind() == kind).toList();
  }

  public int count(Kind kind) {
    return (int) rows.stream().filter(row -> row.kind() == kind).count();
  }

  /** No error in the file or any row, and something to add or change. */
  public boolean applicable() {
    return fileErrors.isEmpty()
        && count(Kind.INVALID) == 0
        && count(Kind.ADDED) + count(Kind.CHANGED) > 0;
  }

  public boolean hasErrors() {
    return !fileErrors.isEmpty() || count(Kind.INVALID) > 0;
  }

  /** e.g. "1 added, 1 changed, 6 unchanged, 1 removed, 0 with errors" */
  public String summary() {
    return count(Kind.ADDED)
        + " added, "
        + count(Kind.CHANGED)
        + " changed, "
        + count(Kind.UNCHANGED)
        + " unchanged, "
        + count(Kind.REMOVED)
        + " not in the file, "
        + count(Kind.INVALID)
        + " with errors";
  }
}

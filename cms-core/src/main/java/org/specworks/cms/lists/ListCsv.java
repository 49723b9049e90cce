package org.specworks.cms.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.content.FieldKind;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Reads a list from CSV in its {@link ListFormat}: UTF-8 (a byte order mark is ignored), RFC 4180
 * quoting, a header naming the format's columns (in any order, names in any case). Each row is
 * checked on its own: a missing title, a value its field does not accept (a choice it does not
 * offer, a position that is not a whole number, a date that is not one), or the same row twice in
 * the file (by the format's key) is an error of that row.
 */
public final class ListCsv implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Larger files are refused before parsing: the lists have tens or hundreds of rows, not
   * thousands.
   */
  public static final int MAX_BYTES = 256 * 1024;

  public static final int MAX_ROWS = 1000;

  /**
   * One data row of the file, its values stripped and made canonical, with what is wrong with it.
   */
  public record Row(int line, Map<String, String> values, String key, List<String> errors)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Row {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      errors = List.copyOf(errors);
    }

    public String value(String column) {
      return values.getOrDefault(column, "");
    }

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private final ListFormat format;
  private final List<String> fileErrors;
  private final List<Row> rows;

  private ListCsv(ListFormat format, List<String> fileErrors, List<Row> rows) {
    this.format = format;
    this.fileErrors = List.copyOf(fileErrors);
    this.rows = List.copyOf(rows);
  }

  public ListFormat format() {
    return format;
  }

  /**
   * Problems with the file as a whole (encoding, quoting, header); when there are any, there are no
   * rows.
   */
  public List<String> fileErrors() {
    return fileErrors;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean valid() {
    return fileErrors.isEmpty() && rows.stream().allMatch(Row::valid);
  }

  /**
   * Reads an uploaded file's bytes from {@code in}, at most one byte more than {@link #MAX_BYTES}:
   * a larger file is refused without ever being held whole, whatever size the upload claims.
   *
   * @throws InvalidInputException if the file is larger than {@link #MAX_BYTES}
   */
  public static byte[] bytesOf(ListFormat format, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(tooLarge(format));
    }
    return bytes;
  }

  private static String tooLarge(ListFormat format) {
    return "The file is larger than "
        + (MAX_BYTES / 1024)
        + " KB; a list of "
        + format.plural()
        + " is much smaller.";
  }

  public static ListCsv read(ListFormat format, byte[] bytes) {
    String header = format.header();
    if (bytes == null || bytes.length == 0) {
      return failed(format, "The file is empty: its first line must be the header " + header + ".");
    }
    if (bytes.length > MAX_BYTES) {
      return failed(format, tooLarge(format));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return failed(format, "The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CsvRecords.Record> records;
    try {
      records = CsvRecords.parse(text);
    } catch (CsvRecords.CsvFormatException malformed) {
      return failed(format, malformed.getMessage());
    }
    if (records.isEmpty()) {
      return failed(format, "The file is empty: its first line must be the header " + header + ".");
    }
    if (records.size() - 1 > MAX_ROWS) {
      return failed(format, "The file has more than " + MAX_ROWS + " rows.");
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> headerErrors = columnsOf(format, records.get(0), columns);
    if (!headerErrors.isEmpty()) {
      return new ListCsv(format, headerErrors, List.of());
    }

    List<Row> rows = new ArrayList<>();
    Map<String, Integer> firstLineOf = new HashMap<>();
    int width = records.get(0).fields().size();
    for (int r = 1; r < records.size(); r++) {
      rows.add(row(format, records.get(r), r, width, columns, firstLineOf));
    }
    if (rows.isEmpty()) {
      return failed(format, "The file has a header but no " + format.plural() + ".");
    }
    return new ListCsv(format, List.of(), rows);
  }

  /** Fills {@code columns} (name to index) from the header; returns what is wrong with it. */
  private static List<String> columnsOf(
      ListFormat format, CsvRecords.Record header, Map<String, Integer> columns) {
    Map<String, String> byLowerCase = new HashMap<>();
    format.columns().forEach(column -> byLowerCase.put(column.toLowerCase(Locale.ROOT), column));
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String given = header.fields().get(i).strip();
      String column = byLowerCase.get(given.toLowerCase(Locale.ROOT));
      if (column == null) {
        errors.add(
            "Line 1: unknown column \"" + given + "\"; the header is " + format.header() + ".");
      } else if (columns.putIfAbsent(column, i) != null) {
        errors.add("Line 1: the column " + column + " appears twice.");
      }
    }
    for (String column : format.columns()) {
      if (!columns.containsKey(column) && errors.isEmpty()) {
        errors.add(
            "Line 1: the column " + column + " is missing; the header is " + format.header() + ".");
      }
    }
    return errors;
  }

  private static Row row(
      ListFormat format,
      CsvRecords.Record record,
      int place,
      int width,
      Map<String, Integer> columns,
      Map<String, Integer> firstLineOf) {
    List<String> errors = new ArrayList<>();
    if (record.fields().size() != width) {
      errors.add(
          "Has "
              + record.fields().size()
              + " values where the header has "
              + width
              + " (a value with a comma must be in double quotes).");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String column : format.columns()) {
      int index = columns.get(column);
      String raw = index < record.fields().size() ? record.fields().get(index).strip() : "";
      values.put(column, format.normalised(column, raw, place));
    }
    String title = values.get(format.titleColumn());
    if (title.isEmpty()) {
      errors.add("The " + format.titleColumn() + " is missing.");
    } else if (title.length() > 400) {
      errors.add("The " + format.titleColumn() + " is longer than 400 characters.");
    } else if (ListPaths.slug(title).isEmpty()) {
      errors.add("The " + format.titleColumn() + " needs at least one letter or digit.");
    }
    for (String column : format.columns().subList(1, format.columns().size())) {
      problemWith(format.field(column), column, values.get(column)).ifPresent(errors::add);
    }
    String key = format.key(values::get);
    if (!title.isEmpty()) {
      Integer first = firstLineOf.putIfAbsent(key, record.line());
      if (first != null) {
        errors.add(format.duplicateError(first));
      }
    }
    return new Row(record.line(), values, key, errors);
  }

  /** A field's problem in the words of a file: the column's name and the value as written. */
  private static java.util.Optional<String> problemWith(
      FieldDefinition field, String column, String value) {
    if (field.problemWith(value).isEmpty()) {
      return java.util.Optional.empty();
    }
    if (value.isEmpty()) {
      return java.util.Optional.of(
          field.kind() == FieldKind.CHOICE
              ? "The "
                  + column
                  + " is missing; it is one of "
                  + String.join(", ", field.choices())
                  + "."
              : "The " + column + " is missing.");
    }
    String quoted = "The " + column + " \"" + value + "\" ";
    return java.util.Optional.of(
        switch (field.kind()) {
          case CHOICE -> quoted + "is not one of " + String.join(", ", field.choices()) + ".";
          case INTEGER -> quoted + "is not a whole number.";
          case DATE -> quoted + "is not a date like 2018-02-01.";
          case PATH -> quoted + "is not a path like /documents/declaration.";
          default -> quoted + "is not accepted: " + field.problemWith(value).get();
        });
  }

  private static ListCsv failed(ListFormat format, String error) {
    return new ListCsv(format, List.of(error), List.of());
  }
}

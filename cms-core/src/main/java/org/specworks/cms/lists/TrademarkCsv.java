package org.specworks.cms.lists;

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
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.FieldDefinition;

/**
 * Reads a trademark list from CSV: UTF-8 (a byte order mark is ignored), RFC 4180 quoting, the header
 * {@code designation,form,symbol,position} (columns in any order, names in any case). Each row is checked on its
 * own: a missing designation, a form or symbol the trademark type does not know, a position that is not a whole
 * number, or the same mark twice in the file is an error of that row. A blank position means the row's place in
 * the file.
 *
 * <p>A mark is its designation <em>and</em> its form: the seed has "SyncML" both as a word mark and as a logo, so
 * the two are different rows, while the same designation and form twice is a duplicate.
 */
public final class TrademarkCsv implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final List<String> COLUMNS = List.of("designation", "form", "symbol", "position");
  public static final String HEADER = String.join(",", COLUMNS);
  /** Larger files are refused before parsing: the list has tens of marks, not thousands. */
  public static final int MAX_BYTES = 256 * 1024;
  public static final int MAX_ROWS = 1000;

  /** One data row of the file, its values trimmed, with what is wrong with it (nothing if it can be imported). */
  public record Row(int line, String designation, String form, String symbol, String position, List<String> errors)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    public Row {
      errors = List.copyOf(errors);
    }

    public boolean valid() {
      return errors.isEmpty();
    }

    /** Designation and form, ignoring case: what identifies a mark. */
    public String key() {
      return TrademarkCsv.key(designation, form);
    }
  }

  private final List<String> fileErrors;
  private final List<Row> rows;

  private TrademarkCsv(List<String> fileErrors, List<Row> rows) {
    this.fileErrors = List.copyOf(fileErrors);
    this.rows = List.copyOf(rows);
  }

  /** Problems with the file as a whole (encoding, quoting, header); when there are any, there are no rows. */
  public List<String> fileErrors() {
    return fileErrors;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean valid() {
    return fileErrors.isEmpty() && rows.stream().allMatch(Row::valid);
  }

  static String key(String designation, String form) {
    return designation.strip().toLowerCase(Locale.ROOT) + "\u0000" + form.strip().toLowerCase(Locale.ROOT);
  }

  public static TrademarkCsv read(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return failed("The file is empty: its first line must be the header " + HEADER + ".");
    }
    if (bytes.length > MAX_BYTES) {
      return failed("The file is larger than " + (MAX_BYTES / 1024) + " KB; a trademark list is much smaller.");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return failed("The file is not UTF-8 text: save it as \"CSV UTF-8\" and try again.");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CsvRecords.Record> records;
    try {
      records = CsvRecords.parse(text);
    } catch (CsvRecords.CsvFormatException malformed) {
      return failed(malformed.getMessage());
    }
    if (records.isEmpty()) {
      return failed("The file is empty: its first line must be the header " + HEADER + ".");
    }
    if (records.size() - 1 > MAX_ROWS) {
      return failed("The file has more than " + MAX_ROWS + " rows.");
    }
    CsvRecords.Record header = records.get(0);
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<String> headerErrors = new ArrayList<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        headerErrors.add("Line 1: unknown column \"" + header.fields().get(i).strip() + "\"; the header is " + HEADER
            + ".");
      } else if (columns.putIfAbsent(name, i) != null) {
        headerErrors.add("Line 1: the column " + name + " appears twice.");
      }
    }
    for (String column : COLUMNS) {
      if (!columns.containsKey(column) && headerErrors.isEmpty()) {
        headerErrors.add("Line 1: the column " + column + " is missing; the header is " + HEADER + ".");
      }
    }
    if (!headerErrors.isEmpty()) {
      return new TrademarkCsv(headerErrors, List.of());
    }

    List<Row> rows = new ArrayList<>();
    Map<String, Integer> firstLineOf = new HashMap<>();
    for (int r = 1; r < records.size(); r++) {
      CsvRecords.Record record = records.get(r);
      rows.add(row(record, r, header.fields().size(), columns, firstLineOf));
    }
    if (rows.isEmpty()) {
      return failed("The file has a header but no trademarks.");
    }
    return new TrademarkCsv(List.of(), rows);
  }

  private static Row row(
      CsvRecords.Record record, int place, int width, Map<String, Integer> columns, Map<String, Integer> firstLineOf) {
    List<String> errors = new ArrayList<>();
    if (record.fields().size() != width) {
      errors.add("Has " + record.fields().size() + " values where the header has " + width
          + " (a value with a comma must be in double quotes).");
    }
    String designation = value(record, columns.get("designation"));
    String form = value(record, columns.get("form")).toLowerCase(Locale.ROOT);
    String symbol = value(record, columns.get("symbol"));
    if (symbol.equalsIgnoreCase("none")) {
      symbol = "none";
    }
    String position = value(record, columns.get("position"));

    if (designation.isEmpty()) {
      errors.add("The designation is missing.");
    } else if (designation.length() > 400) {
      errors.add("The designation is longer than 400 characters.");
    } else if (ListPaths.slug(designation).isEmpty()) {
      errors.add("The designation needs at least one letter or digit.");
    }
    FieldDefinition formField = field("form");
    if (!formField.choices().contains(form)) {
      errors.add(form.isEmpty()
          ? "The form is missing; it is one of " + String.join(", ", formField.choices()) + "."
          : "The form \"" + form + "\" is not one of " + String.join(", ", formField.choices()) + ".");
    }
    FieldDefinition symbolField = field("symbol");
    if (!symbolField.choices().contains(symbol)) {
      errors.add(symbol.isEmpty()
          ? "The symbol is missing; it is one of " + String.join(", ", symbolField.choices()) + "."
          : "The symbol \"" + symbol + "\" is not one of " + String.join(", ", symbolField.choices()) + ".");
    }
    if (position.isEmpty()) {
      position = Integer.toString(place);
    } else {
      try {
        position = Integer.toString(Integer.parseInt(position));
      } catch (NumberFormatException notANumber) {
        errors.add("The position \"" + position + "\" is not a whole number.");
      }
    }
    if (!designation.isEmpty() && !form.isEmpty()) {
      Integer first = firstLineOf.putIfAbsent(key(designation, form), record.line());
      if (first != null) {
        errors.add("The same designation and form as line " + first + ": each mark appears once.");
      }
    }
    return new Row(record.line(), designation, form, symbol, position, errors);
  }

  private static String value(CsvRecords.Record record, int column) {
    return column < record.fields().size() ? record.fields().get(column).strip() : "";
  }

  private static FieldDefinition field(String name) {
    return ContentType.TRADEMARK.schema().field(name).orElseThrow();
  }

  private static TrademarkCsv failed(String error) {
    return new TrademarkCsv(List.of(error), List.of());
  }
}

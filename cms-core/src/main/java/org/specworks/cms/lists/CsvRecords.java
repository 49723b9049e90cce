package org.specworks.cms.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF (a bare LF or CR is accepted
 * too), fields in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Blank
 * lines are skipped. Forgiving only about blanks around a quoted field; anything else ambiguous is
 * refused with its line number rather than guessed.
 */
public final class CsvRecords {

  /** One record and the line of the file it starts on (a quoted field may span lines). */
  public record Record(int line, List<String> fields) {

    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** The text is not CSV; the message names the line. */
  public static final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    CsvFormatException(String message) {
      super(message);
    }
  }

  private CsvRecords() {}

  public static List<Record> parse(String text) throws CsvFormatException {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean afterClosingQuote = false;
    boolean recordHasQuotes = false;
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          inQuotes = false;
          afterClosingQuote = true;
        } else {
          if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterClosingQuote = false;
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        afterClosingQuote = false;
        if (!(fields.size() == 1 && fields.get(0).isBlank() && !recordHasQuotes)) {
          records.add(new Record(recordLine, fields));
        }
        fields = new ArrayList<>();
        recordHasQuotes = false;
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        recordLine = line;
        continue;
      }
      if (afterClosingQuote) {
        if (c == ' ' || c == '\t') {
          i++;
          continue;
        }
        throw new CsvFormatException(
            "Line "
                + line
                + ": text after a closing quote; a quote inside a quoted field is written twice (\"\").");
      }
      if (c == '"') {
        if (!field.toString().isBlank()) {
          throw new CsvFormatException(
              "Line "
                  + line
                  + ": a quote inside a field that does not start with one; put the whole field in"
                  + " quotes and write the quote twice (\"\").");
        }
        field.setLength(0);
        inQuotes = true;
        recordHasQuotes = true;
        i++;
        continue;
      }
      field.append(c);
      i++;
    }
    if (inQuotes) {
      throw new CsvFormatException("Line " + recordLine + ": a quoted field is never closed.");
    }
    fields.add(field.toString());
    if (!(fields.size() == 1 && fields.get(0).isBlank() && !recordHasQuotes)) {
      records.add(new Record(recordLine, fields));
    }
    return records;
  }
}

package org.specworks.cms.web.support;

/** CSV (RFC 4180) cells that spreadsheets open safely. */
public final class Csv {

  private Csv() {}

  /**
   * Quotes where needed, and prefixes an apostrophe to text a spreadsheet would run as a formula
   * (CSV injection): audit details and paths can hold what anyone typed.
   */
  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (text.matches("(?s)^[=+\\-@\\t\\r].*")) {
      text = "'" + text;
    }
    return text.matches("(?s).*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  public static String row(String... cells) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      row.append(i == 0 ? "" : ",").append(cell(cells[i]));
    }
    return row.append("\r\n").toString();
  }
}

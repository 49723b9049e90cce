package org.specworks.cms.it.lists;

import java.util.List;
import java.util.UUID;
import org.specworks.cms.lists.ListEntry;
import org.specworks.cms.lists.ListFormat;

/**
 * CSV files built from the trademark list as it is when a test starts: other tests share the
 * database and may have added drafts, so no test assumes the seed's nine marks are all there is.
 */
final class TrademarkCsvFiles {

  private TrademarkCsvFiles() {}

  /** A designation no other test uses, with a comma and quotes to go through the CSV quoting. */
  static String freshDesignation(String prefix) {
    return prefix + ", \"Mark\" " + UUID.randomUUID().toString().substring(0, 8);
  }

  static String flip(String symbol) {
    return "®".equals(symbol) ? "™" : "®";
  }

  /**
   * The list as a CSV file: every entry except {@code omitted}, {@code changed} with its symbol
   * flipped.
   */
  static StringBuilder listAsCsv(List<ListEntry> entries, ListEntry changed, ListEntry omitted) {
    StringBuilder csv = new StringBuilder(ListFormat.TRADEMARK.header()).append("\r\n");
    for (ListEntry entry : entries) {
      if (entry.path().equals(omitted == null ? "" : omitted.path())) {
        continue;
      }
      String symbol =
          changed != null && entry.path().equals(changed.path())
              ? flip(entry.field("symbol"))
              : entry.field("symbol");
      row(csv, entry.title(), entry.field("form"), symbol, entry.field("position"));
    }
    return csv;
  }

  static StringBuilder row(StringBuilder csv, String... values) {
    for (int i = 0; i < values.length; i++) {
      String value = values[i];
      boolean quote =
          value.contains(",")
              || value.contains("\"")
              || value.contains("\n")
              || value.contains("\r");
      csv.append(i == 0 ? "" : ",")
          .append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
    }
    return csv.append("\r\n");
  }
}

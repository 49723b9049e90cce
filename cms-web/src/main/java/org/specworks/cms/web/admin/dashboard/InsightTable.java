package org.specworks.cms.web.admin.dashboard;

import java.util.List;

/** A chart's numbers as a table: the accessible alternative shown behind each chart's toggle. */
public record InsightTable(List<String> columns, List<List<String>> rows) {

  public InsightTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}

package org.specworks.cms.web.site;

/**
 * How a reader narrows and orders a table of declarations ({@code ?q=…&sort=…}); blank means all,
 * in list order.
 */
public record TableQuery(String search, String sort) {

  public static final TableQuery NONE = new TableQuery("", "");

  public TableQuery {
    search = search == null ? "" : search;
    sort = sort == null ? "" : sort;
  }

  public boolean isNone() {
    return search.isBlank() && sort.isBlank();
  }
}

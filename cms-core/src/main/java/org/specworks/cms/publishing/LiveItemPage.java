package org.specworks.cms.publishing;

import java.util.List;

/** A slice of the published items, with where it lies in the whole list. */
public record LiveItemPage(List<LiveItem> items, int pageNumber, int pageSize, long totalItems) {

  public LiveItemPage {
    items = List.copyOf(items);
  }

  public long totalPages() {
    return (totalItems + pageSize - 1) / pageSize;
  }
}

package org.specworks.cms.web.api;

import java.util.List;
import org.specworks.cms.publishing.LiveItemPage;

/** A page of published items. */
public record PublishedItemPage(
    List<PublishedItem> items, int page, int size, long totalItems, long totalPages) {

  static PublishedItemPage of(LiveItemPage page) {
    return new PublishedItemPage(
        page.items().stream().map(PublishedItem::of).toList(),
        page.pageNumber(),
        page.pageSize(),
        page.totalItems(),
        page.totalPages());
  }
}
